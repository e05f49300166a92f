using System.Reflection;
using ConvSpec.Circulant;
using ConvSpec.Fourier;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// The pairing rule for the Fourier and circulant twins: every public method of <c>Spec</c> without [SpecOnly] has a
/// <c>Fast</c> method of the same name and parameter types (generic parameters compared by position), and vice versa.
/// </summary>
public class FastTwinSignatures
{
    public static TheoryData<Type> Concepts() => new(typeof(Dft), typeof(CirculantMatrix), typeof(CircularConvolve));

    [Theory]
    [MemberData(nameof(Concepts))]
    public void Spec_and_Fast_have_identical_public_signatures(Type concept)
    {
        static IEnumerable<string> Signatures(Type t, bool skipSpecOnly) =>
            t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !(skipSpecOnly && m.GetCustomAttribute<SpecOnlyAttribute>() is not null))
                .Select(m => $"{m.ReturnType.Name} {m.Name}<{m.GetGenericArguments().Length}>({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
                .Order(StringComparer.Ordinal);
        var spec = concept.GetNestedType("Spec")!;
        var fast = concept.GetNestedType("Fast")!;
        Assert.Equal(Signatures(spec, skipSpecOnly: true), Signatures(fast, skipSpecOnly: false));
    }
}
