using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

public class TimeValuesTests
{
    // What DocumentContext (a day with a part of it) and HourReadings (a clock reading) asked of a time value before they
    // shared these helpers; the two are not opposites: a day alone, a part alone and a weekday's part hold for neither or one.
    public static TheoryData<string, bool, bool> Values => new()
    {
        { "2025-10-19", false, false },
        { "2025-10-19TMO", true, false },
        { "2025-10-19T09:30", false, true },
        { "2025-10-19T18", false, true },
        { "2025-W42TNI", false, false },
        { "XXXX-WXX-1TNI", true, false },
        { "2025-W42-WE", false, false },
        { "TEV", false, false },
        { "T14:30", false, true },
        { "PRESENT_REF", false, false },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void DayWithPartAndClockTimeKeepTheirAnswers(string value, bool dayWithPart, bool clockTime)
    {
        TimeValues.IsDayWithPart(value).Should().Be(dayWithPart);
        TimeValues.HasClockTime(value).Should().Be(clockTime);
    }
}
