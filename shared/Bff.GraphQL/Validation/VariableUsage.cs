using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>A variable used as a value, with the input type expected where it stands.</summary>
internal sealed record VariableUsage(VariableNode Node, IType? Type, bool HasDefaultValue);
