using System.Diagnostics;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Runs the built <c>convspec</c> command (ConvSpec.Cli.dll beside the tests) as a child process.</summary>
public static class Cli
{
    /// <summary>The repository root: the first ancestor of the test binaries holding ConvSpec.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ConvSpec.sln"))) return dir.FullName;
            throw new InvalidOperationException("ConvSpec.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Exit code and standard output of <c>convspec args...</c>; killed (and failed) after two minutes.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            UseShellExecute = false, WorkingDirectory = RepositoryRoot,
        };
        info.ArgumentList.Add(typeof(ConvSpec.Cli.Commands.CheckCommand).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("convspec " + string.Join(' ', args) + " did not finish in two minutes");
        }
        return (p.ExitCode, output.Result, error.Result);
    }

    /// <summary>True when <paramref name="file"/> exists and runs <paramref name="arguments"/> with exit code 0.</summary>
    public static bool Runs(string file, params string[] arguments)
    {
        if (!File.Exists(file)) return false;
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var p = Process.Start(info)!;
            if (!p.WaitForExit(30_000)) { p.Kill(true); return false; }
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}

/// <summary>A fact that runs only where /usr/bin/python3 imports NumPy and SciPy; otherwise skipped with the reason.</summary>
public sealed class PythonWithSciPyFactAttribute : FactAttribute
{
    public PythonWithSciPyFactAttribute()
    {
        if (!Cli.Runs("/usr/bin/python3", "-c", "import numpy, scipy.signal"))
            Skip = "needs /usr/bin/python3 with numpy and scipy (apt-get install python3-numpy python3-scipy)";
    }
}

/// <summary>A fact that runs only where g++ is installed; otherwise skipped with the reason.</summary>
public sealed class CompilerFactAttribute : FactAttribute
{
    public CompilerFactAttribute()
    {
        if (!Cli.Runs("/usr/bin/g++", "--version"))
            Skip = "needs /usr/bin/g++ to build examples/c";
    }
}
