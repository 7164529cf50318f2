using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution.Subscriptions;

/// <summary>A schema with a subscription root whose events come from a channel the test writes to.</summary>
internal sealed class SubscriptionTestSchema
{
    public const string Sdl = """
        type Query { ping: String }
        type Subscription {
          messageAdded(room: String!): Message!
          failing: Message
          notAStream: Message
        }
        type Message { room: String! text: String! upper: String! broken: String }
        """;

    public SubscriptionTestSchema()
    {
        Schema = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "ping", _ => "pong")
            .AddSubscription("Subscription", "messageAdded", context => Messages(context))
            .AddSubscription("Subscription", "failing", _ => Forbidden())
            .AddResolver("Subscription", "notAStream", _ => "just a string")
            .AddResolver("Message", "room", c => c.ParentAs<Message>().Room)
            .AddResolver("Message", "text", c => c.ParentAs<Message>().Text)
            .AddResolver("Message", "upper", c => c.ParentAs<Message>().Text.ToUpperInvariant())
            .AddResolver("Message", "broken", c => c.ParentAs<Message>().Text == "boom"
                ? throw new GraphQLException("This message is broken.")
                : "fine")
            .Create();
    }

    public Schema Schema { get; }

    /// <summary>What the test publishes; the subscribe function reads it.</summary>
    public Channel<Message> Events { get; } = Channel.CreateUnbounded<Message>();

    /// <summary>The rooms subscribed to, in order.</summary>
    public List<string> Subscribed { get; } = [];

    /// <summary>Completed once the source stream has been disposed (its <c>finally</c> ran).</summary>
    public TaskCompletionSource SourceDisposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The token the subscribe function was given.</summary>
    public CancellationToken SubscribeToken { get; private set; }

    /// <summary>When set, the source throws this after its events run out instead of ending.</summary>
    public Exception? FailAfterEvents { get; set; }

    // Throws when called, as a subscribe function that refuses the subscriber does.
    private static IAsyncEnumerable<Message> Forbidden() => throw new GraphQLException("You may not listen here.", "FORBIDDEN");

    private async IAsyncEnumerable<Message> Messages(IResolverContext context)
    {
        var room = context.ArgumentValue<string>("room")!;
        Subscribed.Add(room);
        SubscribeToken = context.RequestAborted;
        await foreach (var message in Read(context.RequestAborted))
        {
            if (message.Room == room)
            {
                yield return message;
            }
        }
    }

    private async IAsyncEnumerable<Message> Read([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (await Events.Reader.WaitToReadAsync(cancellationToken))
            {
                while (Events.Reader.TryRead(out var message))
                {
                    yield return message;
                }
            }

            if (FailAfterEvents is { } failure)
            {
                throw failure;
            }
        }
        finally
        {
            SourceDisposed.TrySetResult();
        }
    }

    public sealed record Message(string Room, string Text);
}
