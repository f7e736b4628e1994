using System.CommandLine;
using System.Diagnostics;
using ClaimCheck.Cli;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Store.Tests.Cli;

/// <summary>Runs the CLI in-process (a root with <c>check</c> and <c>store</c>, as Program.cs wires them) or as a child process.</summary>
internal static class StoreCli
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("ClaimCheck (test root)");
        root.Subcommands.Add(CheckCommand.Create(() => new StringReader("")));
        root.Subcommands.Add(StoreCommands.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLineRunner.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts the built ClaimCheck.Cli.dll as a child process.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }
}
