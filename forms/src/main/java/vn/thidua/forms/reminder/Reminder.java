package vn.thidua.forms.reminder;

import vn.thidua.forms.roster.Federation;

/** One federation's reminder, as plain text and as a self-contained HTML page, for the clerk to send. */
public record Reminder(Federation federation, int missing, String subject, String text, String html) {
}
