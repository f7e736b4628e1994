using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimCheck.Tests.Packaging;

/// <summary>Lists every public type and member of an assembly, one line each, with nullable annotations, in a stable order,
/// so that a change to the shipped API shows up as a diff of <c>PublicApi.approved.txt</c>.</summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.AppendLine(TypeLine(type));
            var members = Members(type, nullability);
            foreach (var line in type.IsEnum ? members : members.Order(StringComparer.Ordinal))
            {
                text.Append("  ").AppendLine(line);
            }
        }

        return text.ToString();
    }

    private static string TypeLine(Type type)
    {
        string kind;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : "") + (IsRecord(type) ? "record struct" : "struct");
        }
        else if (type.IsAbstract && type.IsSealed)
        {
            kind = "static class";
        }
        else
        {
            kind = (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : "") + (IsRecord(type) ? "record" : "class");
        }

        var bases = new List<string>();
        if (!type.IsValueType && !type.IsInterface && type.BaseType is { } baseType && baseType != typeof(object))
        {
            bases.Add(Name(baseType, null));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic).Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        return $"public {kind} {Name(type, null)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            var access = Access(member);
            if (access is null || member.Name.StartsWith('<'))
            {
                continue;
            }

            switch (member)
            {
                case ConstructorInfo ctor when !ctor.IsStatic:
                    yield return $"{access} ctor({Parameters(ctor.GetParameters(), nullability)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
                    yield return $"{access} {Modifiers(method)}{Name(method.ReturnType, nullability.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method.GetParameters(), nullability)})";
                    break;
                case PropertyInfo property:
                    var accessors = new List<string>();
                    if (property.GetMethod is { } getter && Access(getter) is not null)
                    {
                        accessors.Add("get;");
                    }

                    if (property.SetMethod is { } setter && Access(setter) is { } setAccess)
                    {
                        var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                        accessors.Add((setAccess == access ? "" : setAccess + " ") + (init ? "init;" : "set;"));
                    }

                    var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : "";
                    var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"this[{Parameters(index, nullability)}]" : property.Name;
                    var accessorMethod = property.GetMethod ?? property.SetMethod!;
                    yield return $"{access} {required}{Modifiers(accessorMethod)}{Name(property.PropertyType, nullability.Create(property))} {indexer} {{ {string.Join(' ', accessors)} }}";
                    break;
                case FieldInfo field when !field.IsSpecialName:
                    var constant = field.IsLiteral ? $" = {Literal(field.GetRawConstantValue())}" : "";
                    var fieldModifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
                    yield return $"{access} {fieldModifiers}{Name(field.FieldType, nullability.Create(field))} {field.Name}{constant}";
                    break;
                case EventInfo @event:
                    yield return $"{access} event {Name(@event.EventHandlerType!, null)} {@event.Name}";
                    break;
                case Type nested when nested.IsNestedPublic || nested.IsNestedFamily:
                    yield return $"{access} nested {Name(nested, null)}";
                    break;
                default:
                    break;
            }
        }
    }

    private static string? Access(MemberInfo member) => member switch
    {
        MethodBase m when m.IsPublic => "public",
        MethodBase m when m.IsFamily || m.IsFamilyOrAssembly => member.DeclaringType!.IsSealed ? null : "protected",
        FieldInfo f when f.IsPublic => "public",
        FieldInfo f when f.IsFamily || f.IsFamilyOrAssembly => member.DeclaringType!.IsSealed ? null : "protected",
        PropertyInfo p => new[] { p.GetMethod, p.SetMethod }.Where(a => a is not null).Select(a => Access(a!)).OrderBy(a => a == "public" ? 0 : a == "protected" ? 1 : 2).FirstOrDefault(),
        EventInfo e => e.AddMethod is { } add ? Access(add) : null,
        Type t when t.IsNestedPublic => "public",
        Type t when t.IsNestedFamily => "protected",
        _ => null,
    };

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() != method ? "override " : "virtual ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "override " : "";
    }

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
        string.Join(", ", parameters.Select(p =>
        {
            var type = p.ParameterType;
            var prefix = p.IsOut ? "out " : type.IsByRef && p.IsIn ? "in " : type.IsByRef ? "ref " : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "";
            var name = Name(type.IsByRef ? type.GetElementType()! : type, nullability.Create(p));
            var defaultValue = p.HasDefaultValue ? $" = {Literal(p.RawDefaultValue)}" : "";
            return $"{prefix}{name} {p.Name}{defaultValue}";
        }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>A C#-like type name: namespaces kept for types outside System, generic arguments and '?' from nullability.</summary>
    private static string Name(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, info?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        string name;
        if (type.IsArray)
        {
            name = Name(type.GetElementType()!, info?.ElementType) + "[]";
        }
        else if (type.IsGenericParameter)
        {
            name = type.Name;
        }
        else
        {
            name = Keyword(type) ?? (type.IsNested ? Name(type.DeclaringType!, null) + "." : Namespace(type)) + StripArity(type.Name);
            if (type.IsGenericType)
            {
                var arguments = type.GetGenericArguments();
                var argumentInfos = info?.GenericTypeArguments;
                name += "<" + string.Join(", ", arguments.Select((a, i) => Name(a, argumentInfos is { Length: > 0 } infos && i < infos.Length ? infos[i] : null))) + ">";
            }
        }

        return !type.IsValueType && info?.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Namespace(Type type) =>
        type.Namespace is null || type.Namespace == "System" || type.Namespace.StartsWith("System.", StringComparison.Ordinal) && !type.Namespace.StartsWith("System.Collections.Immutable", StringComparison.Ordinal)
            ? ""
            : type.Namespace + ".";

    private static string StripArity(string name) => name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? name[..tick] : name;

    private static string? Keyword(Type type) => type.IsEnum ? null : Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Int32 => "int",
        TypeCode.Int64 => "long",
        TypeCode.Double => "double",
        TypeCode.String => "string",
        TypeCode.Char => "char",
        TypeCode.Byte => "byte",
        TypeCode.Decimal => "decimal",
        TypeCode.Single => "float",
        _ when type == typeof(object) => "object",
        _ when type == typeof(void) => "void",
        _ => null,
    };

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
