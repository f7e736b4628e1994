using System.CommandLine;

namespace ClaimCheck.Cli.Commands;

/// <summary>The <c>check</c> command: extract claims from files and report findings.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Extract claims from articles and report discrepancies between them.");
        return command;
    }
}
