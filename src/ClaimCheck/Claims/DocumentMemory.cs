using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What the claims stage remembers while it reads one document: the claims so far, the country the document is about, whose
/// forces it last named, and its last proposition (for sentences that refer back). One per document; not thread-safe.</summary>
internal sealed class DocumentMemory(AnnotatedDocument document)
{
    public AnnotatedDocument Annotated { get; } = document;

    public Document Document { get; } = document.Document;

    /// <summary>The place the document's metadata gives (<see cref="Document.Place"/>: front matter, sidecar, JSON Lines), named
    /// as the lexicon names it when it knows it ("UK" → "United Kingdom"), else as given: the default place of the document's
    /// figures that name none, and the subject of a toll whose sentence names no place or country.</summary>
    public string? MetadataPlace { get; } = document.Document.Place is { } given
        && EntityGazetteer.For(document.Lexicon).TryResolve(given, out var entity, out _) ? entity.Name : document.Document.Place;

    public ImmutableArray<Claim>.Builder Claims { get; } = ImmutableArray.CreateBuilder<Claim>();

    /// <summary>The last proposition claim and the index of its sentence, for sentences that refer back to it.</summary>
    public (Claim? Claim, int Sentence) LastProposition { get; set; }

    /// <summary>The country whose forces the document last named ("North Korean soldiers"), for bare "the troops" later.</summary>
    public string? ForceOrigin { get; private set; }

    public void Add(Claim claim) => Claims.Add(claim with { Id = $"{Document.Id}#{Claims.Count + 1}" });

    /// <summary>The country the document names most often so far (ties: the first named), for casualty counts whose sentence
    /// names no place ("32 miners died" in a report about Zambia).</summary>
    public string? TopicCountry { get; private set; }

    private readonly Dictionary<string, int> _countryMentions = new(StringComparer.Ordinal);

    public void RememberCountries(SentenceView s)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.Entity.Kind != EntityKind.Country)
            {
                continue;
            }

            var count = _countryMentions[mention.Entity.Name] = _countryMentions.GetValueOrDefault(mention.Entity.Name) + 1;
            if (TopicCountry is null || (TopicCountry != mention.Entity.Name && count > _countryMentions[TopicCountry]))
            {
                TopicCountry = mention.Entity.Name;
            }
        }
    }

    public void RememberForceOrigin(SentenceView s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Words.Themes.TryGetValue(s.Word(i), out var measure) && measure == "troops" && Subjects.ThemeOrigin(s, i) is { } origin)
            {
                ForceOrigin = origin;
            }
        }
    }
}
