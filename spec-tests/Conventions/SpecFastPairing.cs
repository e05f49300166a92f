using System.Reflection;
using System.Xml.Linq;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Conventions;

/// <summary>
/// The house rule, checked over the whole ConvSpec assembly by reflection: every public static method of a nested
/// class named <c>Spec</c> has a twin in the sibling <c>Fast</c> class (same name, same parameter types) or is
/// marked <see cref="SpecOnlyAttribute"/> (on itself or its Spec class), and carries a <c>&lt;remarks&gt;</c>
/// formula in the XML documentation.
/// </summary>
public class SpecFastPairing
{
    private static readonly Assembly library = typeof(NdArray<>).Assembly;

    /// <summary>Every nested class named Spec in the library.</summary>
    private static IEnumerable<Type> SpecClasses =>
        library.GetTypes().Where(t => t.Name == "Spec" && t.IsNested && t.IsClass);

    private static IEnumerable<MethodInfo> SpecMethods(Type spec) =>
        spec.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);

    [Fact]
    public void The_library_has_spec_classes_to_check() =>
        Assert.True(SpecClasses.Count() >= 5, $"found only {SpecClasses.Count()} Spec classes: is the reflection looking at the right assembly?");

    [Fact]
    public void Every_spec_method_has_a_fast_twin_or_is_marked_spec_only()
    {
        var missing = new List<string>();
        foreach (var spec in SpecClasses)
        {
            var fast = spec.DeclaringType!.GetNestedType("Fast", BindingFlags.Public | BindingFlags.NonPublic);
            foreach (var method in SpecMethods(spec))
            {
                if (method.IsDefined(typeof(SpecOnlyAttribute)) || spec.IsDefined(typeof(SpecOnlyAttribute))) continue;
                if (HasTwin(fast, method)) continue;
                if (PendingFastTwins.Entries.Contains((spec, method.Name))) continue;
                missing.Add($"{Describe(method)}: no {spec.DeclaringType!.Name}.Fast.{method.Name} with parameters ({Parameters(method)}) "
                    + (fast is null ? $"(there is no {spec.DeclaringType!.Name}.Fast class)" : "") + " and no [SpecOnly(\"why\")]");
            }
        }
        Assert.True(missing.Count == 0, "Spec methods without a Fast twin:\n" + string.Join("\n", missing));
    }

    /// <summary>A pending entry must name a real Spec method still lacking its twin: the list only shrinks.</summary>
    [Fact]
    public void Pending_twins_are_real_spec_methods_still_without_a_twin()
    {
        var stale = new List<string>();
        foreach (var (spec, name) in PendingFastTwins.Entries)
        {
            var methods = SpecMethods(spec).Where(m => m.Name == name).ToList();
            var fast = spec.DeclaringType!.GetNestedType("Fast", BindingFlags.Public | BindingFlags.NonPublic);
            if (methods.Count == 0) stale.Add($"{spec.DeclaringType!.Name}.Spec.{name}: no such public static method");
            else if (methods.All(m => HasTwin(fast, m))) stale.Add($"{spec.DeclaringType!.Name}.Spec.{name}: every overload now has its Fast twin; remove it from PendingFastTwins");
        }
        Assert.True(stale.Count == 0, "Stale entries in PendingFastTwins:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Every_spec_method_has_a_remarks_formula_in_its_xml_documentation()
    {
        var path = Path.ChangeExtension(library.Location, ".xml");
        Assert.True(File.Exists(path), $"{path}: the library's XML documentation is generated beside it");
        var remarks = XDocument.Load(path).Descendants("member")
            .Where(m => !string.IsNullOrWhiteSpace(m.Element("remarks")?.Value))
            .Select(m => (string)m.Attribute("name")!).ToHashSet();
        var missing = SpecClasses.SelectMany(SpecMethods).Where(m => !remarks.Contains(DocId(m)))
            .Select(m => $"{Describe(m)} ({DocId(m)})").ToList();
        Assert.True(missing.Count == 0, "Spec methods without <remarks>:\n" + string.Join("\n", missing));
    }

    /// <summary>The documentation ID of a few known members, so that a wrong ID scheme cannot pass silently.</summary>
    [Fact]
    public void Documentation_ids_follow_the_compiler_scheme()
    {
        var full = typeof(ConvSpec.Convolution.Convolve.Spec).GetMethods().Where(m => m.Name == "Full").Select(DocId).Order().ToArray();
        Assert.Equal(["M:ConvSpec.Convolution.Convolve.Spec.Full``1(ConvSpec.Tensors.NdArray{``0},ConvSpec.Tensors.NdArray{``0})",
            "M:ConvSpec.Convolution.Convolve.Spec.Full``1(``0[],``0[])"], full);
        Assert.Equal("M:ConvSpec.Padding.Extend.Spec.Index(System.Int32,System.Int32,ConvSpec.Padding.Boundary)",
            DocId(typeof(ConvSpec.Padding.Extend.Spec).GetMethod("Index")!));
    }

    /// <summary>
    /// A twin is a Fast method of the same name and parameters, generic like the spec; or, for a spec generic in one
    /// element type T, a pair of Fast overloads with T specialised to float and to double (the vectorised kernels).
    /// </summary>
    private static bool HasTwin(Type? fast, MethodInfo method)
    {
        if (fast is null) return false;
        var candidates = fast.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.Name == method.Name).ToList();
        if (candidates.Any(f => Parameters(f) == Parameters(method) && f.GetGenericArguments().Length == method.GetGenericArguments().Length))
            return true;
        if (method.GetGenericArguments().Length != 1) return false;
        var generic = Parameters(method);
        return new[] { typeof(float), typeof(double) }.All(element =>
            candidates.Any(f => !f.IsGenericMethod && Parameters(f) == generic.Replace("``0", TypeId(element))));
    }

    private static string Parameters(MethodInfo m) => string.Join(",", m.GetParameters().Select(p => TypeId(p.ParameterType)));

    private static string Describe(MethodInfo m) => $"{m.DeclaringType!.DeclaringType!.Name}.Spec.{m.Name}";

    /// <summary>The C# compiler's documentation ID of a method ("M:Namespace.Outer.Inner.Name``arity(params)").</summary>
    public static string DocId(MethodInfo m)
    {
        var arity = m.IsGenericMethod ? $"``{m.GetGenericArguments().Length}" : "";
        var parameters = m.GetParameters();
        var list = parameters.Length == 0 ? "" : $"({Parameters(m)})";
        return $"M:{TypeId(m.DeclaringType!)}.{m.Name}{arity}{list}";
    }

    /// <summary>A type as documentation IDs write it: nested types with '.', generics as {args}, method type parameters as ``n.</summary>
    private static string TypeId(Type t)
    {
        if (t.IsGenericMethodParameter) return $"``{t.GenericParameterPosition}";
        if (t.IsGenericTypeParameter) return $"`{t.GenericParameterPosition}";
        if (t.IsByRef) return TypeId(t.GetElementType()!) + "@";
        if (t.IsPointer) return TypeId(t.GetElementType()!) + "*";
        if (t.IsArray) return TypeId(t.GetElementType()!) + (t.GetArrayRank() == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", t.GetArrayRank())) + "]");
        var name = t.IsNested ? TypeId(t.DeclaringType!) + "." + t.Name : (t.Namespace is { } ns ? ns + "." : "") + t.Name;
        if (!t.IsGenericType) return name;
        var tick = name.LastIndexOf('`');
        var bare = tick >= 0 ? name[..tick] : name;
        return t.IsGenericTypeDefinition ? name : bare + "{" + string.Join(",", t.GetGenericArguments().Select(TypeId)) + "}";
    }
}
