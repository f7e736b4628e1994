using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>Finds quantities in English news text: numbers with their qualifiers, ranges, units, currencies and counted nouns.</summary>
/// <remarks>
/// <para>A scanner over tokens, linear in the input: only tokens that can start a quantity (digits, number words, currency signs and
/// words) are tried, and after a number only the unit rules that can start at the next token (<see cref="QuantityRules"/>; one file
/// per rule family under <c>Quantities/Rules/</c>). Every word it reads — numbers, units, currencies, qualifiers — comes from the
/// document's lexicon (<see cref="AnnotatedDocument.Lexicon"/>), so a user lexicon with <c>unit</c> or <c>currency</c> lines extends it.</para>
/// <para>Years, dates, times of day, ordinals, decades, scores and identifiers ("Section 427") are not quantities, except a digit
/// ordinal before a tally noun, a running count ("the 14th victim" is at least 14 victims; <see cref="Rules.TallyOrdinalRule"/>). Thread-safe; the
/// default instance may be shared.</para>
/// </remarks>
public sealed class QuantityRecognizer : IAnnotator
{
    /// <summary>A shared instance with the default settings.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <summary>Finds the quantities in <paramref name="text"/> with the built-in lexicon.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<QuantityMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Annotate(AnnotatedDocument.Create(new Document("text", text), Lexicon.BuiltIn), CancellationToken.None);
        return [.. document.GetLayer<QuantityLayer>().All.Select(m => m.Mention)];
    }

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rules = QuantityRules.For(document.Lexicon);
        var layer = new SentenceLayerBuilder<QuantityMatch>();
        var matches = new List<QuantityMatch>();
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layer.NextSentence();
            matches.Clear();
            Recognize(new QuantityScan(document.Text, document.TokenSegment(i), rules.Words, matches), rules);
            layer.AddRange(matches);
        }

        var (all, starts) = layer.Build();
        return document.WithLayer(new QuantityLayer(all, starts));
    }

    /// <summary>Finds the quantities in one sentence, adding them to <see cref="QuantityScan.Earlier"/>.</summary>
    private static void Recognize(in QuantityScan s, QuantityRules rules)
    {
        var i = 0;
        while (i < s.Count)
        {
            var leads = rules.LeadTriggers.At(s, i);
            if (leads != 0 && TryMatchAt(s, rules, i, leads, out var match))
            {
                s.Earlier.Add(match);
                i = Math.Max(match.EndToken, i + 1);
            }
            else
            {
                i++;
            }
        }

        CoordinationRule.Apply(s);
        ApproximationAcrossPhraseRule.Apply(s);
        JoinedMillionsRule.Apply(s);
        AgeStatisticRule.Apply(s);
    }

    private static bool TryMatchAt(in QuantityScan s, QuantityRules rules, int start, uint leads, out QuantityMatch match)
    {
        match = default;
        var draft = new QuantityDraft(start);
        if (!TryReadLead(s, leads, ref draft))
        {
            return false;
        }

        if (!draft.UnitRead && !TryReadNumber(s, ref draft))
        {
            return false;
        }

        if (draft.UnitRead)
        {
            StartRead(ref draft);
        }
        else if (ProportionRule.TryRead(s, draft, out match) || TallyOrdinalRule.TryRead(s, draft, out match))
        {
            return true;
        }
        else if (NotAnAmountRules.IsPronounOne(s, draft) || NotAnAmountRules.IsIdiomOne(s, draft) || NotAnAmountRules.IsBeforeScaleOrdinal(s, draft)
            || (draft.IsDigits && draft.Currency is null && NotAnAmountRules.IsNotAnAmount(s, draft))
            || (!draft.IsDigits && NotAnAmountRules.IsIdentifierInWords(s, draft)))
        {
            return false;
        }

        if (!TryReadAroundNumber(s, ref draft))
        {
            return false;
        }

        ReadUnit(s, rules, ref draft);
        return TryFinish(s, ref draft, out match);
    }

    private static bool TryReadLead(in QuantityScan s, uint leads, ref QuantityDraft draft)
    {
        for (var r = 0; r < QuantityRules.Leads.Length; r++)
        {
            if ((leads & (1u << r)) != 0 && QuantityRules.Leads[r].TryRead(s, ref draft))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryReadNumber(in QuantityScan s, ref QuantityDraft draft)
    {
        var parsed = draft.EmbeddedDigits > 0
            ? NumberParser.TryParseEmbeddedAt(s.Text, s.Tokens, draft.NumberIndex, draft.EmbeddedDigits, s.Words, out draft.First)
            : NumberParser.TryParseAt(s.Text, s.Tokens, draft.NumberIndex, s.Words, out draft.First);
        if (!parsed)
        {
            return false;
        }

        draft.IsDigits = draft.EmbeddedDigits > 0 || s.IsKind(draft.NumberIndex, TokenKind.Number);
        StartRead(ref draft);
        DecimalPointRule.Read(s, ref draft);
        RestatedDigitsRule.Read(s, ref draft);
        return true;
    }

    private static void StartRead(ref QuantityDraft draft)
    {
        draft.Next = draft.NumberIndex + draft.First.TokenCount;
        draft.Value = draft.First.Value;
        draft.High = draft.First.High;
        draft.Qualifier = draft.First.IsVague ? Qualifier.Range : Qualifier.Exact;
        draft.Before = draft.Start;
    }

    // The sign, increment and qualifier words before the number, and a joined unit letter, the range, "more" and a currency sign
    // after it. False when the number turns out to be a score ("3-1").
    private static bool TryReadAroundNumber(in QuantityScan s, ref QuantityDraft draft)
    {
        MinusSignRule.Read(s, ref draft);
        IncrementRule.ReadBefore(s, ref draft);
        QualifierRule.ReadBefore(s, ref draft);
        if (draft.UnitRead)
        {
            return true;
        }

        PhysicalUnitRule.ReadJoinedSymbol(s, ref draft);
        if (!RangeRule.TryRead(s, ref draft))
        {
            return false;
        }

        RangeRule.CloseBetween(ref draft);
        IncrementRule.ReadMoreAfter(s, ref draft);
        QualifierRule.ReadPlusAfter(s, ref draft);
        CurrencyAfterRule.ReadSignAfter(s, ref draft);
        return true;
    }

    // The unit: money already read goes on with what follows an amount, a unit read with the number stays, a unit before the number
    // ("magnitude 6.8") is taken; otherwise the unit rules that can start at the next token (or, for an age, at the word before the
    // mention) are tried in order, and a range that repeats the unit is read ("45 mph to 55 mph").
    private static void ReadUnit(in QuantityScan s, QuantityRules rules, ref QuantityDraft draft)
    {
        draft.End = draft.Next;
        if (draft.Currency is not null && !draft.UnitRead)
        {
            CurrencyAfterRule.ReadAfterAmount(s, ref draft);
        }
        else if (!draft.UnitRead && !UnitBeforeRule.TryRead(s, ref draft) && !MagnitudeNounRule.TryRead(s, ref draft))
        {
            var candidates = rules.UnitTriggers.At(s, draft.End) | rules.UnitTriggers.Preceding(s, draft.Before - 1);
            for (var r = 0; r < QuantityRules.Units.Length; r++)
            {
                if ((candidates & (1u << r)) != 0 && QuantityRules.Units[r].TryRead(s, ref draft))
                {
                    break;
                }
            }

            MagnitudeNounRule.ReadInQuakeSentence(s, ref draft);
            RangeRule.ReadAfterUnit(s, ref draft);
        }

        if ((draft.Unit.Kind is UnitKind.Currency or UnitKind.Count or UnitKind.Percentage || (draft.Unit.Kind == UnitKind.None && RateRule.IsPerCount(s, draft.End)))
            && draft.End >= draft.Next)
        {
            RateRule.Read(s, ref draft);
        }

        QualifierRule.DropBeforePastTime(s, ref draft);
        QualifierRule.DropPassingBound(s, ref draft);
        QualifierRule.DropSummingBound(s, ref draft);
        QualifierRule.DropSpreadingBound(s, ref draft);
        QualifierRule.DropRatioBound(s, ref draft);
        var unitless = draft.Unit.Kind == UnitKind.None && draft.End == draft.Next;
        QualifierRule.ReadAfter(s, ref draft);
        if (unitless && draft.End > draft.Next)
        {
            ReadUnitAfterQualifier(s, rules, ref draft); // "10 or more titles"
        }

        MinusSignRule.ReadBelowZero(s, ref draft);
        ChangeRule.Read(s, ref draft);
        IncrementRule.ReadRiseToLevel(s, ref draft);
    }

    // "won 10 or more titles", "30 or fewer seats": a counted noun after a qualifier that follows the bare number.
    private static void ReadUnitAfterQualifier(in QuantityScan s, QuantityRules rules, ref QuantityDraft draft)
    {
        var candidates = rules.UnitTriggers.At(s, draft.End);
        for (var r = 0; r < QuantityRules.Units.Length; r++)
        {
            if ((candidates & (1u << r)) != 0 && QuantityRules.Units[r] is CountedNounRule && QuantityRules.Units[r].TryRead(s, ref draft))
            {
                return;
            }
        }
    }

    // Applies the sign and the multipliers, drops names ("Apollo 11"), gives a total its unit and builds the match.
    private static bool TryFinish(in QuantityScan s, ref QuantityDraft draft, out QuantityMatch match)
    {
        match = default;
        if (draft.IsLabel || RangeRule.IsRecord(s, draft) || NotAnAmountRules.IsRankTier(s, draft))
        {
            return false; // "the 10-year yield", "went 13-16 in May", "the top five"
        }

        MinusSignRule.Apply(s, ref draft);
        SharedCurrencyRule.Apply(s, ref draft);
        var scale = draft.ScaleAfter * draft.CurrencyScale;
        if (scale != 1)
        {
            draft.Value *= scale;
            draft.High *= scale;
        }

        if (draft.IsDigits && draft.Qualifier == Qualifier.Exact && !draft.IsIncrement && draft.High is null
            && !NotAnAmountRules.IsScaledAmountAfterJoinedName(s, draft.NumberIndex, draft.First)
            && (draft.Unit.Kind == UnitKind.None || (draft.Unit.Kind == UnitKind.Count && NotAnAmountRules.IsInsideName(s, draft.NumberIndex)
                && !s.IsCapitalised(draft.End - 1) && !NotAnAmountRules.FollowsOpeningPlacePhrase(s, draft.NumberIndex)))
            && NotAnAmountRules.IsName(s, draft.NumberIndex, draft.Next))
        {
            return false; // "Apollo 11", and with a lower-case noun after it "the FTSE 100 risers", "the Galaxy Note 5 uses", not a
                          // name's figure in a list ("…, Bo Lind 9.5 million and Cy Moro 3.4 million")
        }

        if (draft.IsDigits && draft.Qualifier == Qualifier.Exact && draft.High is null && draft.Unit.Kind is UnitKind.None or UnitKind.Count
            && !s.Word(draft.NumberIndex).Contains(',') && NotAnAmountRules.IsModelAfterCount(s, draft.NumberIndex, draft.Next))
        {
            return false; // "two 747 freighters"
        }

        if (!draft.IsDigits && (NotAnAmountRules.IsNameInWords(s, draft.NumberIndex, draft.Next)
            || NotAnAmountRules.IsNameEndInWords(s, draft.NumberIndex, draft.Next)))
        {
            return false; // "the Three Gorges Dam", "a League One side"
        }

        if (draft.Unit.Kind == UnitKind.None && TotalRule.TryRead(s, ref draft))
        {
            draft.IsTotal = true;
        }

        match = Build(s, draft);
        return true;
    }

    private static QuantityMatch Build(in QuantityScan s, in QuantityDraft draft)
    {
        var quantity = draft.High is { } top && (draft.Qualifier == Qualifier.Range || draft.First.IsVague)
            ? Quantity.Between(draft.Value, top, draft.Unit)
            : Quantity.Create(draft.Value, draft.Qualifier == Qualifier.Range ? Qualifier.Exact : draft.Qualifier, draft.Unit);
        if (draft.IsIncrement)
        {
            quantity = quantity.AsIncrement();
        }

        var last = draft.Last;
        var span = TextSpan.FromBounds(s.Tokens[draft.Before].Span.Start, s.Tokens[last - 1].Span.End);
        var hasNoun = draft.NounFirst >= 0 && draft.NounEnd > draft.NounFirst;
        var counted = draft.Unit.Kind == UnitKind.Count && !draft.IsTotal && hasNoun
            ? TextSpan.FromBounds(s.Tokens[draft.NounFirst].Span.Start, s.Tokens[draft.NounEnd - 1].Span.End)
            : (TextSpan?)null;
        var mention = new QuantityMention(span, quantity) { CountedNoun = counted, Change = draft.Change, Per = draft.Per };
        return new QuantityMatch(mention, draft.Before, last, draft.NounFirst, draft.NounEnd, draft.IsTotal, draft.First.IsVague);
    }
}
