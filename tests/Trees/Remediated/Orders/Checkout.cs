using Shop.Notifications;

namespace Shop.Orders;

public sealed class Checkout
{
    private readonly Notifier _notifier = Notifier.Create();

    public void Complete(string customer) => _notifier.Notify(customer, "done");
}
