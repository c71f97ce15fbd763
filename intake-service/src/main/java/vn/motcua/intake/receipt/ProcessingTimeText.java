package vn.motcua.intake.receipt;

import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.ProcessingTime;

/** A processing time in the words of a receipt. */
public final class ProcessingTimeText {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    private ProcessingTimeText() {
    }

    public static String of(ProcessingTime time) {
        String text = time.isOnReceipt() ? "Ngay trong ngày tiếp nhận" : switch (time.unit()) {
            case WORKING_DAYS -> String.format("%02d ngày làm việc", time.amount());
            case WORKING_HOURS -> String.format("%02d giờ làm việc", time.amount());
            case CALENDAR_DAYS -> String.format("%02d ngày", time.amount());
        };
        return time.cutOff()
                .map(hour -> text + " (tiếp nhận sau " + HOUR.format(hour) + " thì tính từ ngày làm việc tiếp theo)")
                .orElse(text);
    }
}
