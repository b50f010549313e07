package fi.hva.grants.followup;

import java.util.List;

/**
 * One table of a follow-up report as the page, the CSV and the XLSX file all show it. Cells are
 * text, whole numbers or amounts (BigDecimal); null is an empty cell.
 */
record ReportTable(String id, String title, List<String> columns, List<List<Object>> rows) {
}
