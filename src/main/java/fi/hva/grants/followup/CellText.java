package fi.hva.grants.followup;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Messages;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** How the report page writes a cell: Finnish number format, amounts with two decimals. */
final class CellText {

    public String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal amount) {
            return format("#,##0.00").format(amount);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return format("#,##0").format(cell);
        }
        return cell.toString();
    }

    public String call(GrantCall call) {
        return call.getCode() + (call.getName() == null ? "" : " " + call.getName()) + " (" + call.getGrantYear() + ")";
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Messages.FINNISH));
    }
}
