import Foundation
import Testing

@testable import RapportCore

/// VEVENTs as calendars export them: time zones, folded attendees, alarms, cancellations.
@Suite struct ICalendarTests {
  private let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!

  private func event(_ body: String, zone: TimeZone? = nil) -> CalendarEvent? {
    ICalendar.read(
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n\(body)END:VEVENT\r\nEND:VCALENDAR\r\n", zone: zone ?? copenhagen
    )
    .events.first
  }

  @Test func startDaysInEveryForm() {
    #expect(event("DTSTART;VALUE=DATE:20261105\r\n")?.day == Day(iso: "2026-11-05"))
    // 23:30 UTC is half past midnight the next day in Copenhagen, and still the 1st in New York.
    #expect(event("DTSTART:20261101T233000Z\r\n")?.day == Day(iso: "2026-11-02"))
    #expect(
      event("DTSTART:20261101T233000Z\r\n", zone: TimeZone(identifier: "America/New_York")!)?.day
        == Day(iso: "2026-11-01"))
    // 20:00 in New York is 02:00 the next day in Copenhagen.
    #expect(event("DTSTART;TZID=America/New_York:20261110T200000\r\n")?.day == Day(iso: "2026-11-11"))
    // Floating, and a zone Foundation does not know: the day written.
    #expect(event("DTSTART:20261110T233000\r\n")?.day == Day(iso: "2026-11-10"))
    #expect(event("DTSTART;TZID=W. Europe Standard Time:20261110T233000\r\n")?.day == Day(iso: "2026-11-10"))
  }

  @Test func attendeesFoldedAndInAnyCaseAndAnAlarmsSummaryIgnored() {
    let found = event(
      "DTSTART:20261110T090000Z\r\nUID:abc@google.com\r\nSUMMARY:Review\\, budget\r\n"
        + "ORGANIZER;CN=Sam:mailto:sam@us.example\r\n"
        + "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=\"Doe, J\r\n ane\":MAILTO:Jane.Doe@ACME.example\r\n"
        + "ATTENDEE;PARTSTAT=DECLINED:mailto:no@acme.example\r\n"
        + "BEGIN:VALARM\r\nSUMMARY:Alarm\r\nEND:VALARM\r\n")
    #expect(found?.uid == "abc@google.com")
    #expect(found?.summary == "Review, budget")
    #expect(found?.emails == ["sam@us.example", "jane.doe@acme.example"])
  }

  @Test func cancelledRepeatingAndChangedMeetingsAreMarked() {
    #expect(event("DTSTART:20261110T090000Z\r\nSTATUS:CANCELLED\r\n")?.cancelled == true)
    #expect(event("DTSTART:20261110T090000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n")?.recurring == true)
    #expect(event("DTSTART:20261110T090000Z\r\nRECURRENCE-ID:20261117T090000Z\r\n")?.isRecurrenceOverride == true)
  }

  @Test func malformedEntriesAreLocated() {
    let (events, problems) = ICalendar.read(
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026-11-10\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nBEGIN:VEVENT\n",
      zone: copenhagen)
    #expect(events.isEmpty)
    #expect(problems.map(\.line) == [1, 3, 5, 8])
    #expect(problems[1].reason.contains("DTSTART '2026-11-10' is not a date"))
  }
}
