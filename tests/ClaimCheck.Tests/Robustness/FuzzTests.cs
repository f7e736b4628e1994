using System.Text;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Generated inputs (mutations of the seeds and of hostile templates, random characters, random slices) through the
/// whole pipeline: no exception of any kind, and the same output for the same input.</summary>
/// <remarks>Every input that ever failed is kept in <c>fuzz-regressions.txt</c> beside this file (one per line, C#-style escapes)
/// and replayed first.</remarks>
public class FuzzTests(ITestOutputHelper output)
{
    private const int GeneratedInputs = 100_000;
    private const int Seed = 20_241_023;

    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static readonly string Alphabet =
        "aAzZ09 ,.;:!?\"“”‘’'-–—()[]$€£¥%@#/\\\n\r\t\0\u00A0\u200B\u200D\u202E\u2066\uFEFF\uD800\uDC00ßéЖ中ع" +
        "1,000 3,000.5 billion bn at least about up to more than said according to not denied declined to confirm US U.S. Oct. 17 Monday";

    [Fact]
    public void Pipeline_HundredThousandGeneratedInputs_NeverThrowsAndIsDeterministic()
    {
        var seeds = Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var templates = HostileText.Kinds.Select(kind => HostileText.Build(kind, 600, seeds[0])).ToArray();
        var random = new Random(Seed);
        var failures = new List<string>();
        var count = 0;

        foreach (var regression in Regressions())
        {
            Run(regression, failures);
            count++;
        }

        for (var i = 0; i < GeneratedInputs; i++)
        {
            var input = Generate(random, i, seeds, templates);
            Run(input, failures);
            count++;
            if (i % 5_000 == 0)
            {
                var once = JsonReportWriter.Write(Pipeline.Check([new Document("a", input), new Document("b", seeds[i % seeds.Length])]));
                var twice = JsonReportWriter.Write(Pipeline.Check([new Document("a", input), new Document("b", seeds[i % seeds.Length])]));
                if (once != twice)
                {
                    failures.Add($"non-deterministic: {Escape(input)}");
                }
            }
        }

        output.WriteLine($"fuzz: {count:N0} inputs, {failures.Count} unexpected exceptions");
        failures.Should().BeEmpty("every input must be processed without an exception; add each failing input to fuzz-regressions.txt");
    }

    private static void Run(string input, List<string> failures)
    {
        try
        {
            var claims = Pipeline.Extract(new Document("fuzz", input));
            foreach (var claim in claims)
            {
                if (claim.Span.End > input.Length)
                {
                    failures.Add($"span outside the text: {Escape(input)}");
                }
            }
        }
#pragma warning disable CA1031 // the fuzz test records every exception type as a failure
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failures.Add($"{exception.GetType().Name}: {exception.Message} — input: {Escape(input)}");
        }
    }

    private static string Generate(Random random, int i, string[] seeds, string[] templates)
    {
        switch (i % 5)
        {
            case 0:
            {
                var source = seeds[random.Next(seeds.Length)];
                var start = random.Next(source.Length);
                var chars = source.AsSpan(start, Math.Min(400, source.Length - start)).ToArray();
                for (var k = 0; k < 1 + random.Next(8) && chars.Length > 0; k++)
                {
                    chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
                }

                return new string(chars);
            }

            case 1:
            {
                var chars = new char[random.Next(0, 200)];
                for (var k = 0; k < chars.Length; k++)
                {
                    chars[k] = Alphabet[random.Next(Alphabet.Length)];
                }

                return new string(chars);
            }

            case 2:
            {
                var template = templates[random.Next(templates.Length)];
                var start = random.Next(template.Length);
                return template[start..Math.Min(template.Length, start + random.Next(300))];
            }

            case 3:
            {
                var chars = new char[random.Next(0, 120)];
                for (var k = 0; k < chars.Length; k++)
                {
                    chars[k] = (char)random.Next(0, 0x10000);
                }

                return new string(chars);
            }

            default:
            {
                // Splice pieces of the seeds and templates together.
                var text = new StringBuilder();
                for (var k = 0; k < 3; k++)
                {
                    var source = random.Next(2) == 0 ? seeds[random.Next(seeds.Length)] : templates[random.Next(templates.Length)];
                    var start = random.Next(source.Length);
                    text.Append(source, start, Math.Min(source.Length - start, random.Next(120)));
                }

                return text.ToString();
            }
        }
    }

    private static IEnumerable<string> Regressions()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Robustness", "fuzz-regressions.txt");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return System.Text.RegularExpressions.Regex.Unescape(line);
            }
        }
    }

    private static string Escape(string input)
    {
        var text = new StringBuilder();
        foreach (var c in input.Length > 300 ? input[..300] : input)
        {
            text.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.ToString();
    }
}
