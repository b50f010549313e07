-- Each application keeps the association's details as its applicant gave them; the association row is the
-- register, which an application no longer rewrites (anyone who controls an e-mail address can apply under a
-- business id). Applications stored before this get what the register holds now: until now the register
-- followed the latest application, so the details each earlier one gave are not known any more.
alter table grant_application add column association_name varchar(200);
alter table grant_application add column municipality varchar(100);

update grant_application
   set association_name = (select s.name from association s where s.id = grant_application.association_id),
       municipality = (select s.municipality from association s where s.id = grant_application.association_id);

alter table grant_application alter column association_name set not null;

-- The register's account, compared with the account of each application: that of the association's latest
-- application so far, as the register's other details are.
alter table association add column iban varchar(34);

update association
   set iban = (select a.iban from grant_application a
                where a.id = (select max(b.id) from grant_application b where b.association_id = association.id));
