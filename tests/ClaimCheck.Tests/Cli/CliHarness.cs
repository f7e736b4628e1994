using System.CommandLine;
using System.Diagnostics;
using ClaimCheck.Cli;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Tests.Cli;

/// <summary>Runs the CLI in-process (a root with the <c>check</c> command, as Program.cs wires it) or as a process (the
/// built ClaimCheck.Cli.dll, for what only Program.cs sets up: the root help, the version and every subcommand).</summary>
internal static class CliHarness
{
    public static (int ExitCode, string Output, string Error) Run(string[] args, string? stdin = null)
    {
        var root = new RootCommand("ClaimCheck (test root)");
        root.Subcommands.Add(CheckCommand.Create(() => new StringReader(stdin ?? "")));
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLineRunner.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) RunProcess(params string[] args) => RunProcess(new ProcessSetup(), args);

    /// <summary>Runs the built CLI as a process set up as <paramref name="setup"/> says (standard streams closed, another
    /// user), killing it after two minutes: a command that waits for ever fails with <see cref="TimeoutException"/>.</summary>
    public static (int ExitCode, string Output, string Error) RunProcess(ProcessSetup setup, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var cli = Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll");
        var direct = !setup.CloseStandardInput && !setup.CloseStandardOutput && !setup.AsUnprivilegedUser;
        var start = new ProcessStartInfo(direct ? dotnet : "/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (!direct)
        {
            // sh -c 'exec [setpriv …] "$0" "$@" <&- >&-' dotnet ClaimCheck.Cli.dll args…: the CLI starts with the streams closed.
            var user = setup.AsUnprivilegedUser ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
            var closing = (setup.CloseStandardInput ? " <&-" : "") + (setup.CloseStandardOutput ? " >&-" : "");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"exec {user}\"$0\" \"$@\"{closing}");
            start.Environment["HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(direct ? cli : dotnet);
        if (!direct)
        {
            start.ArgumentList.Add(cli);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"claimcheck {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>How <see cref="CliHarness.RunProcess(ProcessSetup, string[])"/> starts the CLI.</summary>
internal sealed record ProcessSetup
{
    /// <summary>Start it with standard input closed (<c>&lt;&amp;-</c>).</summary>
    public bool CloseStandardInput { get; init; }

    /// <summary>Start it with standard output closed (<c>&gt;&amp;-</c>).</summary>
    public bool CloseStandardOutput { get; init; }

    /// <summary>Run it as the user nobody (uid 65534, with setpriv), so that a file mode can deny it what it would not
    /// deny root.</summary>
    public bool AsUnprivilegedUser { get; init; }
}
