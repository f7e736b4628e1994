namespace ClaimCheck.Claims;

/// <summary>What a <c>place-body</c> phrase after a place's name makes a figure's source ("Brenmoor police", "the Lindenport police
/// prefecture").</summary>
/// <param name="Class"><c>town</c> for a body of the place itself, <c>government</c> for its government, or null for a phrase that only
/// places a crowd count.</param>
/// <param name="CountsCrowd">Whether a crowd count the body gives, with the phrase the whole source after the place, is that town's part
/// of the country's ("the Lindenport police prefecture counted 9,000 marchers").</param>
internal readonly record struct PlaceBody(string? Class, bool CountsCrowd)
{
    private const string CrowdFlag = "crowd";

    /// <summary>Reads a value such as "town", "government", "town crowd" or "crowd": a class, the word "crowd", or both.</summary>
    public static PlaceBody Parse(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var crowd = words.Contains(CrowdFlag, StringComparer.OrdinalIgnoreCase);
        var kind = words.FirstOrDefault(w => !w.Equals(CrowdFlag, StringComparison.OrdinalIgnoreCase));
        return new PlaceBody(kind, crowd);
    }
}
