using ClaimCheck.Text;

namespace ClaimCheck.Entities.Rules;

/// <summary>An acronym the text defines: "the Vorland National Commission on Human Rights (VNCHR)", "Médecins Sans Frontières (MSF)".
/// The acronym names the same entity for the rest of the document; a run of two or more capitalised words it abbreviates is an
/// organisation even without an organisation word. Its letters must follow the initials of the name ("Kenya (AP)" defines nothing).</summary>
internal sealed class AcronymRule : SentenceRule
{
    public override string Name => "acronym";

    public override EntityCue Cue => EntityCue.OpenParenthesis;

    public override void Apply(SentenceScan scan, int index)
    {
        var acronym = index + 1;
        if (!scan.IsPunctuation(index + 2, ')') || !IsAcronym(scan.Word(acronym)) || scan.IsLexicon(acronym) || scan.IsFound(acronym))
        {
            return;
        }

        if (scan.TryGetFound(index - 1, out var found) && found.End == index)
        {
            // "Vorland | National Commission on Human Rights (VNCHR)": the initials may start at the country the name opens with.
            var from = found.First;
            if (scan.TryGetLexicon(from - 1, out var opening) && opening.EndToken == from && !Abbreviates(scan, from, found.End, scan.Word(acronym)))
            {
                from = opening.FirstToken;
            }

            if (Abbreviates(scan, from, found.End, scan.Word(acronym)))
            {
                Define(scan, acronym, found.Name is { } name ? new FormTarget(name, null, null) : new FormTarget(null, found.Entity, found.Place));
            }

            return;
        }

        if (scan.TryGetLexicon(index - 1, out var mention) && mention.EndToken == index)
        {
            if (Abbreviates(scan, mention.FirstToken, mention.EndToken, scan.Word(acronym)))
            {
                Define(scan, acronym, new FormTarget(null, mention.Entity, mention.Place, mention.Form));
            }

            return;
        }

        // "Médecins Sans Frontières (MSF)": two or more capitalised words the acronym abbreviates are a body's name.
        if (scan.TryGetRunEndingAt(index, out var run) && run.Count >= 2 && !scan.AnyLexicon(run.First, run.End)
            && scan.FirstWith(run.First, run.End, EntityCue.Title) < 0 && !scan.IsCommonOpening(run.First, run.First + 1)
            && Abbreviates(scan, run.First, run.End, scan.Word(acronym)))
        {
            var org = scan.Add(run.First, run.End, run.First, run.End, EntityKind.Organization, Name);
            Define(scan, acronym, new FormTarget(org.Name, null, null));
        }
    }

    private void Define(SentenceScan scan, int acronym, FormTarget target)
    {
        scan.Document.LearnForm(scan.Word(acronym), target);
        if (target.Name is { } name)
        {
            scan.AddNamed(acronym, acronym + 1, name, Name);
        }
        else
        {
            scan.AddLexicon(acronym, acronym + 1, target.Entity!, target.Place, Name);
        }
    }

    // Two to ten capital letters or digits, at least two letters: "NDRMC", "VNCHR", "G7".
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 10)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    // The acronym's letters follow the initials of the name's words, the first letter the first word's.
    private static bool Abbreviates(SentenceScan scan, int first, int end, ReadOnlySpan<char> acronym)
    {
        var a = 0;
        var firstWord = true;
        for (var t = first; t < end && a < acronym.Length; t++)
        {
            if (scan.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = scan.Word(t);
            var initial = char.ToUpperInvariant(word[0]);
            if (initial == acronym[a])
            {
                a++;

                // "UNHCR", "NDRRMC": further capitals inside a word ("McMahon") or its letters may carry on the acronym.
                for (var k = 1; k < word.Length && a < acronym.Length && char.IsUpper(word[k]); k++)
                {
                    if (word[k] == acronym[a])
                    {
                        a++;
                    }
                }
            }
            else if (firstWord)
            {
                return false;
            }

            firstWord = false;
        }

        return a == acronym.Length;
    }
}
