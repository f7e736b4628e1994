using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A bare number taken from a plural noun through "of" and an owner ("23 of its miners died", "about 4,500 of the firm's
/// customers were affected"): a count of the owner's members, as "23 miners" would be, so the usual outcome, subgroup and place
/// rules apply to it. The quantity recogniser counts no noun across "of its", so without this the figure names nothing and no claim
/// carries it.</summary>
/// <remarks>"Of the" and a noun is read only when the count's clause names an outcome and the noun makes the count no rival of a
/// whole: a subgroup the usual rules label as a part ("14 of the children had died" is the deaths of children), or a noun whose own
/// toll or remains measure is not that outcome ("eight of the bodies were identified by Tuesday", "27 of the victims were identified on Monday": the
/// identified). Left as they are: "of the" and any other noun ("9 of the climbers died", "6 of the victims were shot dead"),
/// which most often takes a part of a set the text named before, a rival of its whole; a toll noun after the owner ("two of its
/// dead"), which is a part of a toll; a number after the determiner ("12 of its 40 divers"), a part of that figure; "of them" and
/// "of whom"; a head written with a capital ("6 of its Marines were wounded"); "one of its" (a single member: "one of its pilots
/// said"); and a part a linking verb gives a state the lexicon lists as no outcome ("30 of its employees were volunteers", "12 of
/// its pupils were girls"), which counts some of the members, not their number. Cannot tell a noun from a verb ending in -s, so the
/// head must look plural and stand within <see cref="MaxNounWords"/> words of the determiner.</remarks>
internal static class OwnedPartitives
{
    /// <summary>The most words the noun phrase after the determiner may take up to its plural head ("its own Vorlandian customers").</summary>
    private const int MaxNounWords = 3;

    /// <summary>How far after the head a linking verb is looked for ("of its pupils taken to hospital were girls").</summary>
    private const int LinkingVerbWindow = 5;

    /// <summary>The figure read as a count of the plural noun it is taken from through "of" and a determiner, or null when it is not
    /// such a figure (see the remarks of <see cref="OwnedPartitives"/>).</summary>
    internal static QuantityMatch? AsCountOfOwnedNoun(SentenceView s, QuantityMatch match)
    {
        var quantity = match.Mention.Quantity;
        if (quantity.Unit.Kind != UnitKind.None || match.IsVague || match.HasNounPhrase || quantity.Value is < 2)
        {
            return null;
        }

        var owned = PeopleCounts.NounOfOwner(s, match.EndToken, ownerOnly: true);
        var ofThe = owned is null && s.Word(match.EndToken + 1) is "the";
        if ((ofThe ? PeopleCounts.NounOfOwner(s, match.EndToken) : owned) is not { } first
            || s.QuantityAt(first) is not null || s.Words.TollNouns.ContainsKey(s.Word(first)))
        {
            return null;
        }

        var head = HeadAt(s, first);
        if (head < 0 || IsPredicatedPart(s, head + 1))
        {
            return null;
        }

        var noun = s.Word(head).ToString();
        var unit = s.Words.Quantities.UnitNames.TryGet(noun, out var listed) && listed.Kind == UnitKind.Count ? listed : Unit.Count(noun);
        var mention = match.Mention with { Quantity = quantity.WithUnit(unit), CountedNoun = new TextSpan(s.Tokens[first].Span.Start, s.Tokens[head].Span.End - s.Tokens[first].Span.Start) };
        var counted = match with { Mention = mention, NounFirstToken = first, NounEndToken = head + 1 };
        return !ofThe || IsPartOfTheNamedOutcome(s, counted, unit) ? counted : null;
    }

    // Whether a count taken from "the" and a noun ("14 of the children", "eight of the bodies") is read: its clause names an outcome
    // and the noun is a subgroup (the count's part label) or names a toll or remains measure of its own other than that outcome.
    private static bool IsPartOfTheNamedOutcome(SentenceView s, QuantityMatch counted, Unit unit)
    {
        if (PeopleCounts.OutcomeOf(s, counted) is not { } outcome)
        {
            return false;
        }

        return s.Words.Subgroups.ContainsKey(unit.Name)
            || (s.Words.MeasureSynonyms.TryGetValue(unit.Name, out var own) && own != outcome
                && (s.Words.OutcomeMeasures.Contains(own) || s.Words.RemainsNouns.ContainsKey(own)));
    }

    // The plural head of the noun phrase that opens at `first`: the first word within MaxNounWords that looks plural, is written in
    // lower case and is no possessor ("the guests' cars" has "cars"), or -1 when a word that is none ends the phrase first.
    private static int HeadAt(SentenceView s, int first)
    {
        for (var i = first; i < Math.Min(s.Tokens.Count, first + MaxNounWords); i++)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind != TokenKind.Word || s.Words.Quantities.NumberWords.Contains(word))
            {
                return -1;
            }

            if (i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == TokenKind.Possessive)
            {
                continue; // "the firm's trucks": the possessor is no head
            }

            if (char.IsLower(word[0]) && s.Words.Quantities.LooksPlural(word))
            {
                return i;
            }
        }

        return -1;
    }

    // Whether a linking verb within LinkingVerbWindow words after the head gives the part a state of its own ("were volunteers", "were
    // girls", "were trainees"): some of the members, not their number. An outcome the lexicon names ("were killed",
    // "had been rescued", "were missing") or a place ("were in Vorland") after it keeps the count: what befell the owner's members.
    private static bool IsPredicatedPart(SentenceView s, int from)
    {
        for (var i = from; i < Math.Min(s.Tokens.Count, from + LinkingVerbWindow); i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (!Ellipses.IsCopula(s, i))
            {
                continue;
            }

            var next = i + 1;
            while (next < s.Tokens.Count && (Ellipses.IsCopula(s, next) || s.Word(next) is "still" or "also" or "later" or "now" or "not"
                       || s.Word(next).EndsWith("ly", StringComparison.Ordinal)))
            {
                next++;
            }

            var word = s.Word(next);
            return !(word.IsEmpty || s.Tokens[next].Kind != TokenKind.Word || s.Words.Outcomes.ContainsKey(word)
                || PeopleCounts.OutcomePhraseAt(s, next) is not null || Subjects.IsPreposition(word));
        }

        return false;
    }
}
