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

    public static (int ExitCode, string Output, string Error) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
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
