using System.CommandLine;
using System.Reflection;

namespace ConvSpec.Cli.Commands;

/// <summary>A subcommand of <c>convspec</c>; implementations are found by reflection, so a command is one class.</summary>
public interface ICliCommand
{
    /// <summary>The System.CommandLine command, with its options and action.</summary>
    Command Build();
}

/// <summary>Every <see cref="ICliCommand"/> in this assembly, in name order, and the root command that holds them.</summary>
public static class CommandCatalog
{
    /// <summary>The <c>convspec</c> root command with every subcommand.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand("convspec: the verified reference implementation of convolution, correlation and pooling");
        foreach (var command in All()) root.Subcommands.Add(command);
        return root;
    }

    public static IEnumerable<Command> All() =>
        Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Build())
            .OrderBy(c => c.Name, StringComparer.Ordinal);
}
