using System.CommandLine;
using System.CommandLine.Invocation;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>Runs a parsed command line so that a usage error is one line a new user can act on: what was wrong, a
/// suggestion for a misspelt option or command, and where to find help; exit code 2.</summary>
internal static class CommandLineRunner
{
    /// <summary>The exit code for a usage or input error.</summary>
    public const int UsageError = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        configuration ??= new InvocationConfiguration();
        if (result.Action is ParseErrorAction)
        {
            return ReportErrors(result, configuration.Error);
        }

        if (result.CommandResult.Command.Name == ClusterCommands.SiloCommand)
        {
            // A silo stops itself on SIGTERM or Ctrl-C (its host hands its grains over), which may take longer than the two seconds
            // System.CommandLine gives an action before it ends the process.
            configuration.ProcessTerminationTimeout = null;
        }

        return await result.InvokeAsync(configuration).ConfigureAwait(false);
    }

    public static int Invoke(RootCommand root, string[] args, InvocationConfiguration configuration)
    {
        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        return result.Action is ParseErrorAction ? ReportErrors(result, configuration.Error) : result.Invoke(configuration);
    }

    private static int ReportErrors(ParseResult result, TextWriter error)
    {
        var command = result.CommandResult.Command;
        var path = string.Join(' ', CommandPath(result.CommandResult));
        // One line: the first thing the user typed wrong (a mistyped subcommand also makes the words after it and the
        // missing subcommand errors, which would only repeat the same mistake).
        var parseError = result.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? result.Errors[0];
        var message = OneLine(parseError.Message);
        error.WriteLine($"claimcheck: {message.TrimEnd('.')}.{Suggest(message, command)} Run '{path} --help' for usage.");
        return UsageError;
    }

    /// <summary>System.CommandLine lists allowed values one per line; keep the error on one line: 'a', 'b', 'c'.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)).Replace("' '", "', '", StringComparison.Ordinal);

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.SymbolResult? symbol)
    {
        var names = new Stack<string>();
        for (var current = symbol; current is not null; current = current.Parent)
        {
            if (current is System.CommandLine.Parsing.CommandResult commandResult)
            {
                names.Push(commandResult.Command is RootCommand ? "claimcheck" : commandResult.Command.Name);
            }
        }

        return names;
    }

    /// <summary>For "Unrecognized command or argument 'X'", the closest option or subcommand name, if one is close.</summary>
    private static string Suggest(string message, Command command)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        if (!message.StartsWith("Unrecognized", StringComparison.Ordinal) || start < 0 || end <= start + 1)
        {
            return string.Empty;
        }

        var token = message[(start + 1)..end];
        var candidates = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)))
            .Where(name => name.Length > 2)
            .Distinct(StringComparer.Ordinal);
        var best = candidates
            .Select(name => (Name: name, Distance: Distance(token, name)))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? string.Empty : $" Did you mean '{best.Name}'?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
