using System.CommandLine;
using ClaimCheck.Cli.Commands;

var root = new RootCommand("ClaimCheck: extract typed claims from news articles and flag discrepancies across sources.");
root.Subcommands.Add(CheckCommand.Create());

var eval = new Command("eval", "Score ClaimCheck's extraction or a classifier against labelled data.");
root.Subcommands.Add(eval);

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
