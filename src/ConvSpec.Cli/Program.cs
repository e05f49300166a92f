using System.CommandLine;
using ConvSpec.Cli.Commands;

var root = new RootCommand("convspec: the verified reference implementation of convolution, correlation and pooling");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
return root.Parse(args).Invoke();
