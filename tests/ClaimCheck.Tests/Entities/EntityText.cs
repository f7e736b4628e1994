using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Entities;

/// <summary>Runs the entity stage on a text and reads back its mentions with the words they cover.</summary>
internal static class EntityText
{
    public static EntityLayer Layer(string text, Lexicon? lexicon = null) => Annotate(text, lexicon).GetLayer<EntityLayer>();

    public static AnnotatedDocument Annotate(string text, Lexicon? lexicon = null)
    {
        var document = AnnotatedDocument.Create(new Document("d1", text), lexicon ?? Lexicon.BuiltIn);
        return EntityRecognizer.Instance.Annotate(document, CancellationToken.None);
    }

    /// <summary>Every mention of the document, with the text it covers.</summary>
    public static List<(string Written, EntityMention Mention)> Mentions(string text, Lexicon? lexicon = null)
    {
        var document = Annotate(text, lexicon);
        var layer = document.GetLayer<EntityLayer>();
        var result = new List<(string, EntityMention)>();
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var tokens = document.TokensOf(s);
            foreach (var mention in layer.In(s))
            {
                var written = text[tokens[mention.FirstToken].Span.Start..tokens[mention.EndToken - 1].Span.End];
                result.Add((written, mention));
            }
        }

        return result;
    }

    /// <summary>The mention covering exactly <paramref name="written"/>, if any.</summary>
    public static EntityMention? Find(string text, string written, Lexicon? lexicon = null)
    {
        foreach (var (w, mention) in Mentions(text, lexicon))
        {
            if (w == written)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The name of the place a mention names: the city of a capital, else the entity.</summary>
    public static string PlaceName(EntityMention mention) => mention.Place?.Name ?? mention.Entity.Name;

    /// <summary>What the named place lies in, as the mention says it.</summary>
    public static string? PlaceWithin(EntityMention mention) => mention.Place?.Within ?? mention.Entity.Within;
}
