using ConvSpec.Cli.Commands;

return CommandCatalog.Root().Parse(args).Invoke();
