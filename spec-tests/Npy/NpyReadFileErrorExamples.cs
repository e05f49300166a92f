using ConvSpec.Npy;

namespace ConvSpec.SpecTests.Npy;

/// <summary>A file that cannot be opened is an <see cref="ArgumentException"/> naming its path, as every read error does.</summary>
public class NpyReadFileErrorExamples
{
    [Fact]
    public void A_missing_file_is_refused_naming_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"convspec-missing-{Guid.NewGuid():N}", "a.npy");
        var e = Assert.Throws<ArgumentException>(() => NpyFile.ReadFile(path));
        Assert.Equal(path, e.ParamName);
        Assert.StartsWith($"{path}: cannot open (", e.Message);
        Assert.IsAssignableFrom<IOException>(e.InnerException);
    }
}
