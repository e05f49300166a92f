using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Npy;

/// <summary>A {"npy": path} tensor whose file is unsupported or overflows answers that error type, naming the argument.</summary>
public sealed class NpyReferenceErrorExamples : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("convspec-npyref-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Save(string name, string descr, byte[] data)
    {
        var body = Encoding.Latin1.GetBytes($"{{'descr': '{descr}', 'fortran_order': False, 'shape': (1,), }}");
        var length = body.Length + (64 - (10 + body.Length + 1) % 64) + 1;
        var bytes = new byte[10 + length + data.Length];
        NpyHeader.Magic.CopyTo(bytes);
        bytes[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)length);
        body.CopyTo(bytes, 10);
        bytes.AsSpan(10 + body.Length, length - body.Length - 1).Fill((byte)' ');
        bytes[10 + length - 1] = (byte)'\n';
        data.CopyTo(bytes, 10 + length);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static JsonNode Error(string path) =>
        JsonNode.Parse(EvalServer.Respond(new JsonObject
        {
            ["id"] = 1, ["op"] = "convolve",
            ["args"] = new JsonObject { ["in1"] = new JsonObject { ["npy"] = path }, ["in2"] = new JsonArray(1) },
        }.ToJsonString()))!["error"]!;

    [Fact]
    public void A_file_of_strings_is_unsupported()
    {
        var e = Error(Save("s.npy", "<U2", new byte[8]));
        Assert.Equal("unsupported", (string?)e["type"]);
        Assert.StartsWith("in1", (string?)e["message"]);
    }

    [Fact]
    public void A_uint64_above_int64_max_is_an_overflow()
    {
        var e = Error(Save("u.npy", "<u8", [0, 0, 0, 0, 0, 0, 0, 0x80]));
        Assert.Equal("overflow", (string?)e["type"]);
        Assert.StartsWith("in1", (string?)e["message"]);
    }
}
