using System.Buffers;
using System.ComponentModel;
using Microsoft.ML.Transforms;

namespace ClaimCheck.Classification;

/// <summary>
/// The ML.NET custom mapping a model trained with <see cref="TextClassifierTrainerOptions.FoldText"/> starts with: every
/// ASCII digit of the text becomes <c>0</c>, so "2.3%" and "4.5%" give the same word and character n-grams and a figure
/// counts as a figure whatever its value; and typographic quotes and apostrophes (‘ ’ ‚ ‛ “ ” „ ‟ « » ′ ″) become
/// ASCII <c>'</c> and <c>"</c>, as in the training data, so a quote reads the same however a site typesets it.
/// Saved in the model under the contract name <see cref="ContractName"/>; <see cref="TextClassifierModel.Load(Stream, string)"/>
/// registers it, so such a model loads in ClaimCheck (other ML.NET programs need
/// <c>MLContext.ComponentCatalog.RegisterAssembly</c> with ClaimCheck's assembly first).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TextFolding : CustomMappingFactory<TextFolding.Input, TextFolding.Output>
{
    /// <summary>The contract name the mapping is saved under: <c>ClaimCheck.FoldText</c>.</summary>
    public const string ContractName = "ClaimCheck.FoldText";

    private static readonly SearchValues<char> Folded = SearchValues.Create("123456789‘’‚‛“”„‟«»′″");

    /// <summary>The text with every ASCII digit replaced by <c>0</c> and typographic quotes by ASCII ones (the same instance when there is nothing to fold).</summary>
    /// <param name="text">The text, or <see langword="null"/> (returned as an empty string).</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Folded);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = span[i] switch
                {
                    >= '1' and <= '9' => '0',
                    '‘' or '’' or '‚' or '‛' or '′' => '\'',
                    '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
                    var c => c,
                };
            }
        });
    }

    /// <inheritdoc/>
    public override Action<Input, Output> GetMapping() => static (input, output) => output.FoldedText = Fold(input.Text);

    /// <summary>The mapping's input row: the model's text column.</summary>
    public sealed class Input
    {
        /// <summary>The text (<see cref="TextClassifierModel.TextColumnName"/>).</summary>
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>The mapping's output row.</summary>
    public sealed class Output
    {
        /// <summary>The folded text.</summary>
        public string FoldedText { get; set; } = string.Empty;
    }
}
