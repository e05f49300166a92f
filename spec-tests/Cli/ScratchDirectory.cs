namespace ConvSpec.SpecTests.Cli;

/// <summary>A fresh directory under the system's temporary folder for one test, deleted with everything in it on dispose.</summary>
internal sealed class ScratchDirectory(string prefix) : IDisposable
{
    /// <summary>The directory's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The path of <paramref name="name"/> inside the directory.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
