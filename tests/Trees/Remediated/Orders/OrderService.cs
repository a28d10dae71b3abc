using Shop.Notifications;

namespace Shop.Orders;

public sealed class OrderService
{
    private readonly Notifier _notifier = Notifier.Create();

    public void Place(string customer)
    {
        _notifier.Notify(customer, "Order placed");
        _notifier.Sent += (_, _) => { };
    }
}
