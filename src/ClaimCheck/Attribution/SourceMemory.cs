using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>The document's running context for attribution: the people named so far (by full name and surname), the last person
/// and the last source, and what the previous sentence said and whether it ended inside a quotation.</summary>
/// <remarks>Cleared for each document (<see cref="Clear"/>). Not thread-safe.</remarks>
internal sealed class SourceMemory
{
    private readonly Dictionary<string, Attribution> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Attribution>.AlternateLookup<ReadOnlySpan<char>> _peopleBySpan;

    public SourceMemory() => _peopleBySpan = _people.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forgets everything, for the next document.</summary>
    public void Clear()
    {
        _people.Clear();
        LastPerson = null;
        LastSource = null;
        PreviousSentenceSource = null;
        PreviousSentence = null;
        PreviousEndedInsideQuote = false;
    }

    /// <summary>The last person named ("he", "she").</summary>
    public Attribution? LastPerson { get; private set; }

    /// <summary>The last source any sentence named ("it", "they", "the statement").</summary>
    public Attribution? LastSource { get; private set; }

    /// <summary>The source of the previous sentence, named or inherited.</summary>
    public Attribution? PreviousSentenceSource { get; private set; }

    /// <summary>The previous sentence, if any.</summary>
    public Sentence? PreviousSentence { get; private set; }

    /// <summary>Whether the previous sentence ended inside an open quotation.</summary>
    public bool PreviousEndedInsideQuote { get; private set; }

    /// <summary>Remembers a speaker for later pronouns; a proper name is also remembered by its surname ("Smith said").</summary>
    /// <param name="attribution">The source; ignored when it has no speaker.</param>
    /// <param name="isName">Whether the speaker is a person's name rather than a description ("the mayor", "one of the organisers").</param>
    public void Remember(Attribution attribution, bool isName)
    {
        if (attribution.Speaker is not { } speaker)
        {
            return;
        }

        var stored = attribution with { Cue = null, Span = null };
        LastPerson = stored;
        if (!isName || (!speaker.Contains(' ', StringComparison.Ordinal) && _people.ContainsKey(speaker)))
        {
            return;
        }

        _people[speaker] = stored;
        var surname = speaker.AsSpan(speaker.LastIndexOf(' ') + 1);
        if (surname.Length < speaker.Length)
        {
            _peopleBySpan[surname] = stored;
        }
    }

    /// <summary>The person named earlier by <paramref name="name"/> (a full name or a surname), if any.</summary>
    public bool TryGetPerson(ReadOnlySpan<char> name, out Attribution person) => _peopleBySpan.TryGetValue(name, out person!);

    /// <summary>Closes a sentence: remembers its source and whether it ended inside a quotation.</summary>
    public void EndSentence(Sentence sentence, bool endsInsideQuote, Attribution? named, Attribution? inherited)
    {
        PreviousEndedInsideQuote = endsInsideQuote;
        PreviousSentence = sentence;
        PreviousSentenceSource = named ?? inherited;
        if (named is not null)
        {
            LastSource = named;
        }
    }
}
