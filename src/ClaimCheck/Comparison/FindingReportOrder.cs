namespace ClaimCheck.Comparison;

/// <summary>The order reports list findings in: disputes (numeric, polarity, date and place) before evolutions and corroborations,
/// most severe first, then by kind and topic, then by the claims involved. The last key makes the order total, so a check in one
/// process, a store and a cluster list the same findings in the same order whatever order their slots were compared in (two
/// corroborations of one topic, "about 3,000" and "at least 3,000", come out of one slot in the order a detector finds them).</summary>
public sealed class FindingReportOrder : IComparer<Finding>
{
    private FindingReportOrder()
    {
    }

    /// <summary>The one instance.</summary>
    public static FindingReportOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = IsTimelineOrAgreement(x.Kind).CompareTo(IsTimelineOrAgreement(y.Kind));
        if (order == 0)
        {
            order = y.Severity.CompareTo(x.Severity);
        }

        if (order == 0)
        {
            order = x.Kind.CompareTo(y.Kind);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Topic, y.Topic);
        }

        for (var i = 0; order == 0 && i < Math.Min(x.ClaimIds.Length, y.ClaimIds.Length); i++)
        {
            order = string.CompareOrdinal(x.ClaimIds[i], y.ClaimIds[i]);
        }

        return order != 0 ? order : x.ClaimIds.Length.CompareTo(y.ClaimIds.Length);
    }

    private static bool IsTimelineOrAgreement(FindingKind kind) => kind is FindingKind.Evolution or FindingKind.Corroboration;
}
