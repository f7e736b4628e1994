using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

public class CalendarMathTests
{
    public static TheoryData<DateOnly, double, DateOnly?> Days => new()
    {
        { new DateOnly(2024, 10, 23), -1, new DateOnly(2024, 10, 22) },
        { DateOnly.MinValue, -1, null },
        { DateOnly.MaxValue, 1, null },
        { new DateOnly(2024, 10, 23), -1e12, null },
        { new DateOnly(2024, 10, 23), double.MaxValue, null },
    };

    public static TheoryData<DateOnly, double, DateOnly?> Months => new()
    {
        { new DateOnly(2024, 3, 31), -1, new DateOnly(2024, 2, 29) },
        { new DateOnly(2024, 1, 15), -13, new DateOnly(2022, 12, 15) },
        { new DateOnly(1, 1, 1), -1, null },
        { new DateOnly(9999, 12, 1), 1, null },
        { new DateOnly(2024, 10, 23), -1e15, null },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void AddDays_AnyCount_MovesOrIsNullOutsideTheCalendar(DateOnly date, double days, DateOnly? expected) =>
        CalendarMath.AddDays(date, days).Should().Be(expected);

    [Theory]
    [MemberData(nameof(Months))]
    public void AddMonths_AnyCount_ClipsTheDayOrIsNullOutsideTheCalendar(DateOnly date, double months, DateOnly? expected) =>
        CalendarMath.AddMonths(date, months).Should().Be(expected);

    [Theory]
    [InlineData(2024, 2, 29, -1, 2023, 2, 28)]
    [InlineData(2024, 10, 23, -2023, 1, 10, 23)]
    public void AddYears_WholeYears_KeepsTheDayWhereItExists(int year, int month, int day, double years, int toYear, int toMonth, int toDay) =>
        CalendarMath.AddYears(new DateOnly(year, month, day), years).Should().Be(new DateOnly(toYear, toMonth, toDay));

    [Theory]
    [InlineData(2024, -4500)]
    [InlineData(9999, 1)]
    [InlineData(1, -1)]
    public void AddYears_PastTheCalendar_IsNull(int year, double years) =>
        CalendarMath.AddYears(new DateOnly(year, 6, 1), years).Should().BeNull();

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(10_000, 1, 1)]
    [InlineData(2023, 2, 29)]
    [InlineData(2024, 13, 1)]
    public void Date_NoSuchDay_IsNull(double year, int month, int day) => CalendarMath.Date(year, month, day).Should().BeNull();
}
