using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Robustness;

/// <summary>The fuzzer issue 16 asked for: generated documents with hostile metadata, through every reader (JSON Lines,
/// front matter, HTML, files with sidecars in other encodings), the pipeline and every report format. An input may be
/// refused only as documented (a malformed record or front matter, named); everything else must be read, and each format
/// must hold its promise: no control character in text, no '&lt;' in JSON or ClaimReview, one HTML anchor per id, one
/// Markdown table row per line.</summary>
public sealed partial class DocumentFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int GeneratedInputs = 100_000;
    private const int Seed = 20_250_316;

    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();
    private static readonly string[] Seeds = Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-fuzz-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Dates span the calendar but its first and last years, and no text counts years back: both are the time
    /// arithmetic of row 1, fuzzed by <see cref="Pipeline_TimePhrasesWithCountsUpToABillionAtAnyDate_NeverThrow"/>.</summary>
    [Fact]
    public void Readers_HundredThousandGeneratedRecordsPagesAndFiles_ReadOrRefusedAsDocumentedAndEveryFormatHolds()
    {
        var generate = new HostileDocuments(new Random(Seed), Seeds);
        var failures = new List<string>();
        var files = 0;
        for (var i = 0; i < GeneratedInputs; i++)
        {
            var skipped = new List<DocumentReadException>();
            var warnings = new List<string>();
            var options = new DocumentReaderOptions { OnSkipped = skipped.Add, OnWarning = warnings.Add };
            var input = "";
            try
            {
                ImmutableArray<Document> documents;
                switch (i % 4)
                {
                    case 0:
                    {
                        var (feed, valid, malformed) = JsonLines(generate, endYears: false);
                        input = feed;
                        documents = DocumentReader.ReadJsonLines(new StringReader(feed), "fuzz.jsonl", options);
                        if (documents.Length != valid || skipped.Count != malformed || skipped.Any(e => e.Line is null || !e.Message.StartsWith("fuzz.jsonl:", StringComparison.Ordinal)))
                        {
                            failures.Add($"JSON Lines with {valid} valid and {malformed} malformed records read {documents.Length} and skipped {skipped.Count}: {Escape(feed)}");
                        }

                        break;
                    }

                    case 1:
                    {
                        var (text, valid) = FrontMatter(generate, endYears: false);
                        input = text;
                        try
                        {
                            documents = [DocumentReader.ReadText(generate.Name(), text)];
                            if (!valid)
                            {
                                failures.Add($"front matter with a malformed date or URL was read: {Escape(text)}");
                            }
                        }
                        catch (DocumentReadException) when (!valid)
                        {
                            documents = [];
                        }

                        break;
                    }

                    case 2:
                    {
                        var (date, _) = generate.DateValue(endYears: false);
                        input = generate.Html(generate.Name(), date, generate.Text(timePhrases: false));
                        documents = [DocumentReader.ReadHtml(generate.Name(), input, options)];
                        break;
                    }

                    default:
                        if (i % 100 == 3)
                        {
                            files++;
                            documents = ReadFolder(generate, options, out input);
                            if (skipped.Exists(e => e.Path!.EndsWith("b.html", StringComparison.Ordinal)) || warnings.Exists(w => w.Contains("b.html: ", StringComparison.Ordinal) && !w.Contains("flattened", StringComparison.Ordinal)))
                            {
                                failures.Add($"the page was not read in the encoding its mark or <meta charset> gives: {input}");
                            }
                        }
                        else
                        {
                            input = generate.Text(timePhrases: false);
                            documents = [new Document(generate.Name(), input, generate.Name(), generate.Date(endYears: false)) { Place = generate.Name(), Topic = generate.Name() }];
                        }

                        break;
                }

                if (documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != documents.Length)
                {
                    continue; // a check takes unique ids (ArgumentException); ReadPaths says which file repeats one
                }

                var report = Pipeline.Check(documents);
                if (i % 10 == 0 || i % 100 == 3)
                {
                    CheckFormats(report, failures);
                }
            }
#pragma warning disable CA1031 // the fuzz test records every exception type as a failure
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add($"{exception.GetType().Name}: {exception.Message} — input: {Escape(input)}");
            }
        }

        foreach (var failure in failures.Take(40))
        {
            output.WriteLine(failure);
        }

        output.WriteLine($"fuzz: {GeneratedInputs:N0} reader inputs (JSON Lines, front matter, HTML, {files:N0} folders with sidecars and encodings), {failures.Count} unexpected exceptions or broken formats");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Pipeline_TimePhrasesWithCountsUpToABillionAtAnyDate_NeverThrow()
    {
        var generate = new HostileDocuments(new Random(Seed + 1), Seeds);
        var failures = new List<string>();
        for (var i = 0; i < GeneratedInputs; i++)
        {
            var text = generate.Text(timePhrases: true);
            var document = new Document("t", text, published: generate.Date(endYears: true));
            try
            {
                var report = Pipeline.Check([document]);
                if (i % 100 == 0)
                {
                    CheckFormats(report, failures);
                }
            }
#pragma warning disable CA1031 // the fuzz test records every exception type as a failure
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add($"{exception.GetType().Name}: {exception.Message} — published {document.Published:yyyy-MM-dd}: {Escape(text)}");
            }
        }

        output.WriteLine($"fuzz: {GeneratedInputs:N0} time phrases at dates across the calendar, {failures.Count} unexpected exceptions");
        failures.Should().BeEmpty();
    }

    /// <summary>What each format promises, whatever the documents held.</summary>
    internal static void CheckFormats(CheckReport report, List<string> failures)
    {
        var text = TextReportWriter.Write(report);
        if (text.Any(c => char.IsControl(c) && c != '\n'))
        {
            failures.Add($"a control character in the text report: {Escape(text)}");
        }

        foreach (var (name, json) in new[] { ("JSON", JsonReportWriter.Write(report)), ("ClaimReview", ClaimReviewWriter.Write(report)) })
        {
            if (json.AsSpan().IndexOfAny('<', '>') >= 0)
            {
                failures.Add($"'<' or '>' in the {name} output (it could close a <script>): {Escape(json)}");
            }

            using var parsed = JsonDocument.Parse(json);
        }

        var html = HtmlReportWriter.Write(report);
        var ids = AnchorIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        if (ids.Count != ids.Distinct(StringComparer.Ordinal).Count())
        {
            failures.Add($"an HTML anchor used twice among {string.Join(", ", report.Documents.Select(d => Escape(d.Id)))}");
        }

        var markdown = MarkdownReportWriter.Write(report);
        var rows = markdown[markdown.IndexOf("| document |", StringComparison.Ordinal)..].TrimEnd('\n').Split('\n');
        if (rows.Length != report.Documents.Length + 2 || rows.Any(r => !r.StartsWith('|') || !r.EndsWith('|') || r.Any(char.IsControl)))
        {
            failures.Add($"the Markdown documents table is not one row per document: {Escape(string.Join('\n', rows))}");
        }
    }

    /// <summary>One to four records, some malformed (not JSON, no id, a number for a string, a key twice, a bad date or URL).</summary>
    private static (string Feed, int Valid, int Malformed) JsonLines(HostileDocuments generate, bool endYears)
    {
        var feed = new StringBuilder();
        int valid = 0, malformed = 0;
        for (var k = generate.Random.Next(1, 5); k > 0; k--)
        {
            var id = generate.Name();
            var (date, dateValid) = generate.DateValue(endYears);
            var fields = new List<string>
            {
                $"\"id\": {HostileDocuments.Json(id)}",
                $"\"text\": {HostileDocuments.Json(generate.Text(timePhrases: false))}",
                $"\"outlet\": {HostileDocuments.Json(generate.Name())}",
                $"\"published\": {HostileDocuments.Json(date)}",
                $"\"place\": {HostileDocuments.Json(generate.Name())}",
                $"\"topic\": {HostileDocuments.Json(generate.Name())}",
            };
            var ok = dateValid && !string.IsNullOrWhiteSpace(id);
            switch (generate.Random.Next(12))
            {
                case 0:
                    fields.Add("\"outlet\": \"twice\"");
                    ok = false;
                    break;
                case 1:
                    fields[0] = "\"id\": 7";
                    ok = false;
                    break;
                case 2:
                    fields.RemoveAt(1);
                    ok = false;
                    break;
                case 3:
                    fields.Add($"\"url\": {HostileDocuments.Json("not a url " + generate.Name())}");
                    ok = false;
                    break;
                case 4:
                    fields.Add($"\"url\": {HostileDocuments.Json("https://example.com/" + Uri.EscapeDataString(generate.Name()))}");
                    break;
            }

            var line = "{" + string.Join(", ", fields.OrderBy(_ => generate.Random.Next())) + "}";
            if (generate.Random.Next(12) == 0)
            {
                line = line[..generate.Random.Next(1, line.Length)];
                ok = false;
            }

            feed.Append(line).Append(generate.Random.Next(6) == 0 ? "\r\n\n" : "\n");
            (ok ? ref valid : ref malformed)++;
        }

        return (feed.ToString(), valid, malformed);
    }

    /// <summary>Front matter with generated values (line breaks in a value end it, as in a file) over generated text.</summary>
    private static (string Text, bool Valid) FrontMatter(HostileDocuments generate, bool endYears)
    {
        var (date, valid) = generate.DateValue(endYears);
        var url = generate.Random.Next(6) == 0 ? ("ftp://" + generate.Name(), false) : ("https://example.com/a", true);
        var lines = new[]
        {
            $"outlet: {generate.Name()}", $"published: {date}", $"place: {generate.Name()}", $"topic: {generate.Name()}", $"url: {url.Item1}",
        };
        var matter = string.Join('\n', lines.Select(l => l.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\u2028", " ", StringComparison.Ordinal)));
        return ($"---\n{matter}\n---\n{generate.Text(timePhrases: false)}", valid && url.Item2);
    }

    /// <summary>A folder as a user hands it over: an article with front matter and a sidecar (sometimes malformed or with a
    /// key twice), a page in UTF-8, windows-1252 (declared) or UTF-16 (with a byte-order mark), a JSON Lines file, and now
    /// and then a binary file. Read with <see cref="DocumentReader.ReadPaths"/>: what cannot be read is skipped and named.</summary>
    private ImmutableArray<Document> ReadFolder(HostileDocuments generate, DocumentReaderOptions options, out string input)
    {
        var folder = _folder.CreateSubdirectory(Guid.NewGuid().ToString("N"));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), FrontMatter(generate, endYears: false).Text, utf8);
        var sidecar = generate.Random.Next(4) switch
        {
            0 => "{\"outlet\": \"one\", \"outlet\": \"two\"}",
            1 => "{\"outlet\": " + HostileDocuments.Json(generate.Name()),
            _ => $"{{\"outlet\": {HostileDocuments.Json(generate.Name())}, \"place\": {HostileDocuments.Json(generate.Name())}, \"published\": {HostileDocuments.Json(generate.DateValue(endYears: false).Value)}}}",
        };
        File.WriteAllText(Path.Combine(folder.FullName, "a.meta.json"), sidecar, utf8);
        // A NUL makes any file binary to the readers (it is skipped as not text); here the page must be read.
        var page = generate.Html(generate.Name(), generate.DateValue(endYears: false).Value, generate.Text(timePhrases: false)).Replace("\0", "", StringComparison.Ordinal);
        var (encoding, charset) = generate.Random.Next(4) switch
        {
            0 => (Encoding.Unicode, "utf-16"),
            1 => (Encoding.BigEndianUnicode, "utf-16"),
            2 => (CodePagesEncodingProvider.Instance.GetEncoding(1252)!, "iso-8859-1"),
            _ => (utf8, "utf-8"),
        };
        File.WriteAllBytes(Path.Combine(folder.FullName, "b.html"), [.. encoding.GetPreamble(), .. encoding.GetBytes(page.Replace("charset=\"utf-8\"", $"charset=\"{charset}\"", StringComparison.Ordinal))]);
        File.WriteAllText(Path.Combine(folder.FullName, "c.jsonl"), JsonLines(generate, endYears: false).Feed, utf8);
        if (generate.Random.Next(4) == 0)
        {
            var junk = new byte[generate.Random.Next(1, 2_000)];
            generate.Random.NextBytes(junk);
            File.WriteAllBytes(Path.Combine(folder.FullName, "d.txt"), junk);
        }

        input = $"folder {folder.FullName} (sidecar {sidecar}, page in {charset})";
        try
        {
            return DocumentReader.ReadPaths([folder.FullName], options);
        }
        catch (DocumentReadException e) when (e.Message.StartsWith("two documents are named", StringComparison.Ordinal))
        {
            return [];
        }
    }

    internal static string Escape(string input)
    {
        var text = new StringBuilder();
        foreach (var c in input.Length > 400 ? input[..400] : input)
        {
            text.Append(c is < ' ' or > '~' ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return text.ToString();
    }

    [GeneratedRegex(" id=\"([^\"]*)\"")]
    private static partial Regex AnchorIds();
}
