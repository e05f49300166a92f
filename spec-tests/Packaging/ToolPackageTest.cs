using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;

namespace ConvSpec.SpecTests.Packaging;

/// <summary>
/// <c>dotnet pack</c> gives the ConvSpec library package (with XML docs, README, license, symbols) and the
/// ConvSpec.Tool package, and the tool installs from the fresh package and answers <c>convspec eval</c>.
/// One slow test (packing and installing take tens of seconds); it packs the Release build the test run
/// already made (<c>--no-build</c>) and installs with a private NuGet cache, so it touches nothing global.
/// </summary>
[Trait("Spawns", "process")]
public sealed class ToolPackageTest : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("convspec-pack-").FullName;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConvSpec.sln"))) return dir.FullName;
        throw new InvalidOperationException("ConvSpec.sln not found above the test binaries");
    }

    private (int Code, string Output) Run(string file, string arguments, string? stdin = null)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null,
            UseShellExecute = false, WorkingDirectory = temp,
        };
        info.Environment["NUGET_PACKAGES"] = Path.Combine(temp, "nuget-cache");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in 3 minutes");
        }
        return (process.ExitCode, output + error.Result);
    }

    [Fact]
    public void The_packed_tool_installs_and_answers_eval()
    {
        var root = RepositoryRoot();
        var version = typeof(ConvSpec.Npy.NpyFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!
            .InformationalVersion.Split('+')[0];
        var feed = Path.Combine(temp, "feed");
        foreach (var project in new[] { "src/ConvSpec/ConvSpec.csproj", "src/ConvSpec.Cli/ConvSpec.Cli.csproj" })
        {
            var pack = Run("dotnet", $"pack \"{Path.Combine(root, project)}\" -c {Configuration} --no-build -o \"{feed}\"");
            Assert.True(pack.Code == 0, pack.Output);
        }

        using (var library = ZipFile.OpenRead(Path.Combine(feed, $"ConvSpec.{version}.nupkg")))
        {
            var names = library.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("lib/net10.0/ConvSpec.dll", names);
            Assert.Contains("lib/net10.0/ConvSpec.xml", names);
            Assert.Contains("README.md", names);
            using var nuspec = new StreamReader(library.GetEntry("ConvSpec.nuspec")!.Open());
            var text = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", text);
            Assert.Contains("<readme>README.md</readme>", text);
        }
        Assert.True(File.Exists(Path.Combine(feed, $"ConvSpec.{version}.snupkg")), "symbols package missing");

        var tools = Path.Combine(temp, "tools");
        var install = Run("dotnet", $"tool install --tool-path \"{tools}\" --add-source \"{feed}\" ConvSpec.Tool --version {version}");
        Assert.True(install.Code == 0, install.Output);

        var eval = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "convspec.exe" : "convspec"), "eval",
            "{\"id\":1,\"op\":\"convolve2d\",\"args\":{\"in1\":[[2,5,3],[1,4,1]],\"in2\":[[1,2],[3,4]]}}\n");
        Assert.True(eval.Code == 0, eval.Output);
        Assert.Equal("{\"id\":1,\"result\":{\"dtype\":\"int64\",\"shape\":[3,4],\"data\":[2,9,13,6,7,29,38,14,3,16,19,4]}}",
            eval.Output.Trim());
    }
}
