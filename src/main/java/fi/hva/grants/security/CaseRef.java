package fi.hva.grants.security;

/**
 * How a file names the case it belongs to, for {@link CaseAccess}: the business key of the case's process
 * (an application number, a partnership number {@code KA-…}), or, for a case that has no business key, the
 * process variable that holds our entity's id (a payment batch's {@code batchId}).
 */
public sealed interface CaseRef {

    static CaseRef businessKey(String businessKey) {
        return new BusinessKey(businessKey);
    }

    static CaseRef processVariable(String processDefinitionKey, String variableName, Object value) {
        return new ProcessVariable(processDefinitionKey, variableName, value);
    }

    record BusinessKey(String businessKey) implements CaseRef {
    }

    record ProcessVariable(String processDefinitionKey, String variableName, Object value) implements CaseRef {
    }
}
