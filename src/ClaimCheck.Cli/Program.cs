using System.CommandLine;
using ClaimCheck.Cli;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Cli.Evaluation;
using ClaimCheck.Quantities;
using ClaimCheck.Time;

var root = new RootCommand("ClaimCheck: extract typed claims from news articles and flag discrepancies across sources.");
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(StoreCommands.Create());
root.Subcommands.Add(ClusterCommands.CreateSilo());

var eval = new Command("eval", "Score ClaimCheck's extraction or a classifier against labelled data.");
eval.Subcommands.Add(EvalExtractionCommands.CreateQuantities(new ClaimCheckQuantityExtractor(QuantityRecognizer.Default)));
eval.Subcommands.Add(EvalExtractionCommands.CreateTimex(new ClaimCheckTimexExtractor(TimeExpressionRecognizer.Default)));
eval.Subcommands.Add(ClassifierCommands.CreateEvalClassifier());
eval.Subcommands.Add(EvalStoriesCommand.Create());
root.Subcommands.Add(eval);
root.Subcommands.Add(ClassifierCommands.CreateTrain());
root.Subcommands.Add(ClassifierCommands.CreateClassify());

return await CommandLineRunner.InvokeAsync(root, args).ConfigureAwait(false);
