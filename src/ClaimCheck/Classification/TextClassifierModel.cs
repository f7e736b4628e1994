using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimCheck.Classification;

/// <summary>
/// A trained ML.NET text classifier: any ML.NET model (<c>.zip</c>, as written by <c>MLContext.Model.Save</c>) that
/// reads a text column and writes a <c>Score</c> vector with one score per label. Produced by
/// <see cref="TextClassifierTrainer.Fit"/> or <see cref="Load(Stream, string)"/>.
/// </summary>
/// <remarks>
/// <para>
/// What a model must have to plug in: an input column of type text named <see cref="TextColumnName"/> (or, failing
/// that, the only text column of its input schema not named <c>Label</c>); an output column <see cref="ScoreColumnName"/>, a vector of <see cref="float"/> with a known size; and the
/// label of each score, from the slot names of <c>Score</c> (ML.NET adds them when the training label was mapped to a key
/// with text values) or else from the key values of a key-typed <see cref="PredictedLabelColumnName"/>. Models built by
/// Model Builder, AutoML or a user's own pipeline with <c>MapValueToKey</c> on a text label meet this. Other input
/// columns the model's chain reads (such as a label mapped inside it) are given empty values at prediction time when
/// they are text or <see cref="float"/> (up to <see cref="MaxOtherInputColumns"/> of each); a model that needs other
/// kinds of input fails at load, naming the file. The
/// predicted label is the label with the highest score; scores are reported as the model gives them (probabilities for
/// maximum-entropy models, which sum to 1; other trainers may give other scales).
/// </para>
/// <para>
/// Immutable and thread-safe: each thread predicts with its own ML.NET <c>PredictionEngine</c>, made on first use.
/// Loading runs the model once on an empty text, so a model that cannot score text fails at load, naming the file.
/// </para>
/// </remarks>
public sealed class TextClassifierModel
{
    /// <summary>The name of the text input column a model reads: <c>Text</c>.</summary>
    public const string TextColumnName = "Text";

    /// <summary>The name of the output column holding one score per label: <c>Score</c>.</summary>
    public const string ScoreColumnName = "Score";

    /// <summary>The name of ML.NET's predicted-label output column: <c>PredictedLabel</c>.</summary>
    public const string PredictedLabelColumnName = "PredictedLabel";

    /// <summary>How many other text input columns, and how many other <see cref="float"/> ones, a model may have: 4.</summary>
    public const int MaxOtherInputColumns = 4;

    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly SchemaDefinition _inputDefinition;
    private readonly ThreadLocal<Predictor> _predictors;
    private readonly Lock _engineGate = new();

    private TextClassifierModel(MLContext context, ITransformer transformer, DataViewSchema inputSchema, string textColumn, ImmutableArray<string> labels)
    {
        _context = context;
        _transformer = transformer;
        _inputSchema = inputSchema;
        TextColumn = textColumn;
        Labels = labels;
        _inputDefinition = InputDefinition(inputSchema, textColumn);
        _predictors = new ThreadLocal<Predictor>(CreatePredictor);
    }

    /// <summary>The labels the model chooses between, in the order of its scores.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The name of the input column the model reads the text from.</summary>
    public string TextColumn { get; }

    /// <summary>The underlying ML.NET transformer (the whole chain, from text to scores).</summary>
    public ITransformer Transformer => _transformer;

    /// <summary>Classifies one text.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The label with the highest score, its score and every label's score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TextClassification Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new float[Labels.Length];
        var best = Predict(text, scores);
        return new TextClassification(Labels[best], scores[best], ImmutableCollectionsMarshal.AsImmutableArray(scores));
    }

    /// <summary>Classifies one text, writing the scores into a caller's buffer.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="scores">Receives the score of each label, in the order of <see cref="Labels"/>.</param>
    /// <returns>The index in <see cref="Labels"/> of the label with the highest score (the first on a tie).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is shorter than <see cref="Labels"/>.</exception>
    public int Predict(string text, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (scores.Length < Labels.Length)
        {
            throw new ArgumentException($"Needs room for {Labels.Length} scores.", nameof(scores));
        }

        var predictor = _predictors.Value!;
        predictor.Input.Text = text;
        predictor.Engine.Predict(predictor.Input, ref predictor.Output);
        predictor.Output.Score.AsSpan(0, Labels.Length).CopyTo(scores);
        return IndexOfMax(scores[..Labels.Length]);
    }

    /// <summary>
    /// Classifies many texts in one pass of ML.NET's <c>Transform</c> (one cursor for all of them, cheaper per text than
    /// <see cref="Predict(string)"/> once there are more than a few).
    /// </summary>
    /// <param name="texts">The texts, none <see langword="null"/>.</param>
    /// <returns>One prediction per text, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is <see langword="null"/>.</exception>
    public ImmutableArray<TextClassification> PredictBatch(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var rows = new List<TextRow>(texts.TryGetNonEnumeratedCount(out var n) ? n : 16);
        foreach (var text in texts)
        {
            rows.Add(new TextRow { Text = text ?? throw new ArgumentNullException(nameof(texts), $"Text at index {rows.Count} is null.") });
        }

        var result = ImmutableArray.CreateBuilder<TextClassification>(rows.Count);
        var scored = _transformer.Transform(_context.Data.LoadFromEnumerable(rows, _inputDefinition));
        var column = scored.Schema[ScoreColumnName];
        using var cursor = scored.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var scores = new float[Labels.Length];
            buffer.CopyTo(scores);
            var best = IndexOfMax(scores);
            result.Add(new TextClassification(Labels[best], scores[best], ImmutableCollectionsMarshal.AsImmutableArray(scores)));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Writes the model as an ML.NET model file (a <c>.zip</c> that <c>MLContext.Model.Load</c> also reads).</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _context.Model.Save(_transformer, _inputSchema, stream);
    }

    /// <summary>Reads an ML.NET model file, checking that it is a text classifier this class can use (see the remarks on <see cref="TextClassifierModel"/>).</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not an ML.NET model, is damaged, or lacks a text input, a score column or label names; the message names the file and says which.</exception>
    public static TextClassifierModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Reads an ML.NET model, checking that it is a text classifier this class can use (see the remarks on <see cref="TextClassifierModel"/>).</summary>
    /// <param name="stream">A readable, seekable stream holding the model; left open.</param>
    /// <param name="sourceName">The name used in error messages (usually the file path).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The data is not an ML.NET model, is damaged, or lacks a text input, a score column or label names; the message names the source and says which.</exception>
    public static TextClassifierModel Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (stream.CanSeek && stream.Length - stream.Position == 0)
        {
            throw new InvalidDataException($"{sourceName}: empty file; expected an ML.NET model (.zip).");
        }

        var context = new MLContext(seed: TextClassifierTrainerOptions.DefaultSeed);
        context.ComponentCatalog.RegisterAssembly(typeof(TextFolding).Assembly);
        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            transformer = context.Model.Load(stream, out inputSchema);
        }
        catch (Exception e) when (IsModelError(e))
        {
            throw new InvalidDataException($"{sourceName}: not a readable ML.NET model ({e.Message})", e);
        }

        return FromTransformer(context, transformer, inputSchema, sourceName);
    }

    /// <summary>Wraps a fitted chain, checking its schema and running it once; used by <see cref="Load(Stream, string)"/> and the trainer.</summary>
    internal static TextClassifierModel FromTransformer(MLContext context, ITransformer transformer, DataViewSchema inputSchema, string sourceName)
    {
        var textColumn = FindTextColumn(inputSchema, sourceName);
        DataViewSchema output;
        try
        {
            output = transformer.GetOutputSchema(inputSchema);
        }
        catch (Exception e) when (IsModelError(e))
        {
            throw new InvalidDataException($"{sourceName}: the model cannot run on its own input schema ({e.Message})", e);
        }

        var labels = FindLabels(output, sourceName);
        var model = new TextClassifierModel(context, transformer, inputSchema, textColumn, labels);
        try
        {
            model.Predict(string.Empty);
        }
        catch (Exception e) when (IsModelError(e))
        {
            throw new InvalidDataException($"{sourceName}: the model fails on a text alone ({e.Message}); it may need input columns other than '{textColumn}'.", e);
        }

        return model;
    }

    private static string FindTextColumn(DataViewSchema input, string sourceName)
    {
        var textColumns = input.Where(c => !c.IsHidden && c.Type is TextDataViewType).Select(c => c.Name).ToList();
        if (textColumns.Contains(TextColumnName, StringComparer.Ordinal))
        {
            return TextColumnName;
        }

        var candidates = textColumns.Where(c => !c.Equals("Label", StringComparison.OrdinalIgnoreCase)).ToList();
        return candidates.Count == 1
            ? candidates[0]
            : throw new InvalidDataException(
                $"{sourceName}: the model has no text input column named '{TextColumnName}' and {(candidates.Count == 0 ? "no other text column" : "several other text columns")} " +
                $"(input columns: {string.Join(", ", input.Where(c => !c.IsHidden).Select(c => $"{c.Name} {c.Type}"))}).");
    }

    /// <summary>Maps the input row's fields onto the model's input columns: the text, then spare fields for other text and float columns.</summary>
    private static SchemaDefinition InputDefinition(DataViewSchema input, string textColumn)
    {
        var definition = SchemaDefinition.Create(typeof(TextRow));
        var spareText = new Queue<SchemaDefinition.Column>(definition.Where(c => c.MemberName.StartsWith(nameof(TextRow.OtherText1)[..^1], StringComparison.Ordinal)));
        var spareNumber = new Queue<SchemaDefinition.Column>(definition.Where(c => c.MemberName.StartsWith(nameof(TextRow.OtherNumber1)[..^1], StringComparison.Ordinal)));
        definition.Single(c => c.MemberName == nameof(TextRow.Text)).ColumnName = textColumn;
        foreach (var column in input.Where(c => !c.IsHidden && c.Name != textColumn))
        {
            var spare = column.Type is TextDataViewType ? spareText : column.Type == NumberDataViewType.Single ? spareNumber : null;
            if (spare is not null && spare.TryDequeue(out var field))
            {
                field.ColumnName = column.Name;
            }
        }

        foreach (var unused in spareText.Concat(spareNumber))
        {
            definition.Remove(unused);
        }

        return definition;
    }

    private static ImmutableArray<string> FindLabels(DataViewSchema output, string sourceName)
    {
        if (output.GetColumnOrNull(ScoreColumnName) is not { } score || score.Type is not VectorDataViewType { ItemType: NumberDataViewType, Size: >= 2 } vector
            || vector.ItemType != NumberDataViewType.Single)
        {
            throw new InvalidDataException(
                $"{sourceName}: the model has no '{ScoreColumnName}' column holding a vector of scores (Single) of known size; is it a multiclass classifier? " +
                $"(output columns: {string.Join(", ", output.Where(c => !c.IsHidden).Select(c => c.Name))}).");
        }

        if (score.HasSlotNames())
        {
            var names = default(VBuffer<ReadOnlyMemory<char>>);
            score.GetSlotNames(ref names);
            var labels = names.DenseValues().Select(n => n.ToString()).ToImmutableArray();
            if (labels.Length == vector.Size && labels.All(l => l.Length > 0))
            {
                return labels;
            }
        }

        if (output.GetColumnOrNull(PredictedLabelColumnName) is { Type: KeyDataViewType key } predicted && (int)key.Count == vector.Size
            && predicted.HasKeyValues())
        {
            var values = default(VBuffer<ReadOnlyMemory<char>>);
            predicted.GetKeyValues(ref values);
            return [.. values.DenseValues().Select(n => n.ToString())];
        }

        throw new InvalidDataException(
            $"{sourceName}: the model's '{ScoreColumnName}' column has no label names (slot names) and '{PredictedLabelColumnName}' is not a key with text values, " +
            "so the scores cannot be matched to labels; train with the label mapped by MapValueToKey from text.");
    }

    private static bool IsModelError(Exception e) =>
        e is InvalidOperationException or InvalidDataException or FormatException or ArgumentException or NotSupportedException
            or IOException or KeyNotFoundException or IndexOutOfRangeException or InvalidCastException or NullReferenceException;

    private static int IndexOfMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private Predictor CreatePredictor()
    {
        // MLContext is not documented as thread-safe; engines are made one at a time, then each is used by one thread only.
        lock (_engineGate)
        {
            var engine = _context.Model.CreatePredictionEngine<TextRow, ScoreRow>(_transformer, ignoreMissingColumns: true, inputSchemaDefinition: _inputDefinition);
            return new Predictor(engine);
        }
    }

    /// <summary>The input row: one text, and empty values for up to <see cref="MaxOtherInputColumns"/> other text and float input columns.</summary>
    internal sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;

        public string OtherText1 { get; set; } = string.Empty;

        public string OtherText2 { get; set; } = string.Empty;

        public string OtherText3 { get; set; } = string.Empty;

        public string OtherText4 { get; set; } = string.Empty;

        public float OtherNumber1 { get; set; }

        public float OtherNumber2 { get; set; }

        public float OtherNumber3 { get; set; }

        public float OtherNumber4 { get; set; }
    }

    /// <summary>The output row: the scores.</summary>
    internal sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }

    private sealed class Predictor(PredictionEngine<TextRow, ScoreRow> engine)
    {
        public readonly PredictionEngine<TextRow, ScoreRow> Engine = engine;
        public readonly TextRow Input = new();
        public ScoreRow Output = new();
    }
}
