using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.Npy;

/// <summary>
/// The protocol's file form of a tensor, <c>{"npy": "&lt;path&gt;"}</c>: the array in that .npy file (a path
/// relative to the server's working directory). Errors name the argument, then the file.
/// </summary>
public static class NpyReference
{
    /// <summary>True when <paramref name="element"/> is an object with an "npy" key.</summary>
    public static bool Is(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("npy", out _);

    /// <summary>Reads the tensor argument <paramref name="name"/> given as {"npy": path}.</summary>
    public static TensorValue Read(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
            if (property.Name != "npy")
                throw new ArgumentException($"{name}: a {{\"npy\": path}} tensor has no other fields (got '{property.Name}')", name);
        var path = element.GetProperty("npy");
        var text = path.ValueKind == JsonValueKind.String ? path.GetString()! : "";
        if (text.Length == 0)
            throw new ArgumentException($"{name}.npy: must be a non-empty path string (got {path.GetRawText()})", name);
        try
        {
            return NpyFile.ReadFile(text);
        }
        catch (NotSupportedException e)
        {
            throw new NotSupportedException($"{name}: {ErrorType.MessageOf(e)}", e);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"{name}: {ErrorType.MessageOf(e)}", e);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{name}: {ErrorType.MessageOf(e)}", name, e);
        }
    }
}
