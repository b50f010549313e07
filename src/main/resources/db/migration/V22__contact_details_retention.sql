-- When the contact person's details of a closed case were removed after their retention period (grants.retention).
alter table grant_application add column contact_details_removed_on date;
