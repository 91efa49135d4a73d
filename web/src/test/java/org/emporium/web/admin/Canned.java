package org.emporium.web.admin;

import java.util.Map;

/** The services' answers the stub gateway gives by default, in their documented shapes (docs/*.md). */
final class Canned {
    static final String PRODUCT = "11111111-1111-4111-8111-111111111111";
    static final String IMAGE_1 = "22222222-2222-4222-8222-222222222221";
    static final String IMAGE_2 = "22222222-2222-4222-8222-222222222222";
    static final String KITCHEN = "33333333-3333-4333-8333-333333333331";
    static final String KETTLES = "33333333-3333-4333-8333-333333333332";
    static final String COUPON = "44444444-4444-4444-8444-444444444444";
    static final String ORDER = "55555555-5555-4555-8555-555555555555";
    static final String CUSTOMER = "66666666-6666-4666-8666-666666666666";
    static final String REVIEW = "77777777-7777-4777-8777-777777777777";
    static final String CONVERSATION = "88888888-8888-4888-8888-888888888888";

    static final String ID = "[^/]+";

    private Canned() {}

    static String product(long version, String status) {
        return """
                {"id":"%s","slug":"steel-kettle","name":"Steel Kettle","description":"Boils water.",
                 "category":{"id":"%s","slug":"kettles","name":"Kettles"},"brand":"Brewster",
                 "attributes":{"colour":"steel"},"price":39.90,"currency":"EUR","stock":12,"inStock":true,
                 "status":"%s","averageRating":4.5,"reviewCount":2,
                 "images":[{"id":"%s","position":0,"width":600,"height":600,
                            "urls":{"original":"/api/catalog/images/%s/original","800":"/api/catalog/images/%s/800","200":"/api/catalog/images/%s/200"}},
                           {"id":"%s","position":1,"width":600,"height":600,
                            "urls":{"original":"/api/catalog/images/%s/original","800":"/api/catalog/images/%s/800","200":"/api/catalog/images/%s/200"}}],
                 "createdAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-02T10:00:00Z","version":%d}
                """.formatted(
                        PRODUCT, KETTLES, status, IMAGE_1, IMAGE_1, IMAGE_1, IMAGE_1, IMAGE_2, IMAGE_2, IMAGE_2,
                        IMAGE_2, version);
    }

    static void defaults(StubGateway stub) {
        stub.json("GET", "/api/catalog/products", """
                {"items":[{"id":"%s","slug":"steel-kettle","name":"Steel Kettle","brand":"Brewster","price":39.90,
                  "currency":"EUR","inStock":true,"thumbnailUrl":null,"averageRating":4.5,"reviewCount":2}],
                 "page":0,"size":20,"total":1,"totalPages":1,"facets":{"categories":[],"brands":[]}}
                """.formatted(PRODUCT));
        stub.json("GET", "/api/catalog/products/" + ID, product(7, "ACTIVE"), Map.of("ETag", "\"7\""));
        stub.answer("POST", "/api/catalog/products", 201, product(0, "DRAFT"));
        stub.json("PUT", "/api/catalog/products/" + ID, product(8, "ACTIVE"));
        stub.json("PATCH", "/api/catalog/products/" + ID, product(8, "ACTIVE"));
        stub.answer("POST", "/api/catalog/products/" + ID + "/images", 201, "{\"id\":\"" + IMAGE_2 + "\"}");
        stub.json("PUT", "/api/catalog/products/" + ID + "/images/order", product(8, "ACTIVE"));
        stub.answer("DELETE", "/api/catalog/products/" + ID + "/images/" + ID, 204, "");
        stub.json("GET", "/api/catalog/categories", """
                [{"id":"%s","slug":"kitchen","name":"Kitchen","position":0,"productCount":3,
                  "children":[{"id":"%s","slug":"kettles","name":"Kettles","position":0,"productCount":5,"children":[]}]}]
                """.formatted(KITCHEN, KETTLES));
        stub.json("GET", "/api/catalog/categories/" + ID, """
                {"id":"%s","slug":"kettles","name":"Kettles","parentId":"%s","position":0,"version":4}
                """.formatted(KETTLES, KITCHEN), Map.of("ETag", "\"4\""));
        stub.answer("POST", "/api/catalog/categories", 201, "{\"id\":\"" + KETTLES + "\"}");
        stub.json("PUT", "/api/catalog/categories/" + ID, "{\"id\":\"" + KETTLES + "\"}");

        stub.json("GET", "/api/discount/coupons", """
                {"items":[%s],"page":0,"size":20,"total":1,"totalPages":1}
                """.formatted(coupon(true)));
        stub.answer("POST", "/api/discount/coupons", 201, coupon(true));
        stub.json("GET", "/api/discount/coupons/" + ID, coupon(true), Map.of("ETag", "\"2\""));
        stub.json("GET", "/api/discount/coupons/" + ID + "/redemptions", """
                {"items":[{"orderId":"%s","customerId":"%s","code":"SAVE10","state":"REDEEMED","currency":"EUR",
                  "discount":3.99,"total":35.91,"allocations":[],"reservedAt":"2026-12-02T11:00:00Z","expiresAt":null}],
                 "page":0,"size":20,"total":1,"totalPages":1}
                """.formatted(ORDER, CUSTOMER));
        stub.json("POST", "/api/discount/coupons/" + ID + "/deactivate", coupon(false));
        stub.json("PUT", "/api/discount/coupons/" + ID, coupon(true), Map.of("ETag", "\"3\""));

        stub.json("GET", "/api/ordering/admin/orders", """
                {"items":[{"id":"%s","customerId":"%s","status":"PAID","currency":"EUR","total":35.91,"itemCount":1,
                  "createdAt":"2026-12-02T11:00:00Z","updatedAt":"2026-12-02T11:05:00Z"}],
                 "page":0,"size":20,"total":1,"totalPages":1}
                """.formatted(ORDER, CUSTOMER));
        stub.json("GET", "/api/ordering/orders/" + ID, order("PAID"), Map.of("ETag", "\"3\""));
        stub.json("POST", "/api/ordering/admin/orders/" + ID + "/ship", order("SHIPPED"));
        stub.json("POST", "/api/ordering/admin/orders/" + ID + "/deliver", order("DELIVERED"));
        stub.json("POST", "/api/ordering/orders/" + ID + "/cancel", order("CANCELLED"));

        stub.json("GET", "/api/comment/admin/reviews", """
                {"items":[{"id":"%s","productId":"%s","authorId":"%s","rating":2,"title":"Leaks <b>badly</b>",
                  "text":"<script>alert('xss')</script> drips everywhere","status":"PENDING","verifiedBuyer":false,
                  "helpfulCount":0,"createdAt":"2026-12-02T09:00:00Z","updatedAt":"2026-12-02T09:00:00Z","version":0}],
                 "page":0,"size":20,"total":1,"totalPages":1}
                """.formatted(REVIEW, PRODUCT, CUSTOMER));
        stub.json("POST", "/api/comment/admin/reviews/" + ID + "/approve", "{}");
        stub.json("POST", "/api/comment/admin/reviews/" + ID + "/reject", "{}");

        stub.json("GET", "/api/message/conversations/" + ID, """
                {"id":"%s","customerId":"%s","subject":"Where is my kettle?","status":"OPEN","messageCount":2,"unread":1,
                 "createdAt":"2026-12-02T08:00:00Z","lastMessageAt":"2026-12-02T08:30:00Z","closedAt":null,"closedBy":null,
                 "messages":[{"id":1,"side":"CUSTOMER","text":"It has not arrived.","createdAt":"2026-12-02T08:00:00Z"},
                             {"id":2,"side":"SUPPORT","text":"Looking into it.","createdAt":"2026-12-02T08:30:00Z"}]}
                """.formatted(CONVERSATION, CUSTOMER));
        stub.json("GET", "/api/message/conversations/support", """
                {"items":[{"id":"%s","customerId":"%s","subject":"Where is my kettle?","status":"OPEN","messageCount":2,
                  "unread":1,"createdAt":"2026-12-02T08:00:00Z","lastMessageAt":"2026-12-02T08:30:00Z"}],
                 "page":0,"size":20,"total":1,"totalPages":1}
                """.formatted(CONVERSATION, CUSTOMER));
        stub.answer("POST", "/api/message/conversations/" + ID + "/read", 204, "");
        stub.answer("POST", "/api/message/conversations/" + ID + "/messages", 201, """
                {"id":3,"side":"SUPPORT","text":"On its way.","createdAt":"2026-12-02T09:00:00Z"}
                """);
        stub.json("POST", "/api/message/conversations/" + ID + "/close", "{\"id\":\"" + CONVERSATION + "\"}");

        stub.json("GET", "/api/statistics/overview", """
                {"report":"overview","from":"2026-11-04","to":"2026-12-03","zone":"Europe/Berlin","sections":{
                  "sales":[{"window":"today","currency":"EUR","placed":3,"paid":2,"net":71.82,"averageOrderValue":35.91,"refunded":0.00},
                           {"window":"last7Days","currency":"EUR","placed":9,"paid":7,"net":251.37,"averageOrderValue":35.91,"refunded":0.00}],
                  "customersAndReviews":[{"window":"today","signups":4,"reviews":1}]}}
                """);
        stub.json("GET", "/api/statistics/sales", """
                {"report":"sales","from":"2026-11-04","to":"2026-12-03","granularity":"day","zone":"Europe/Berlin","sections":{
                  "periods":[{"period":"2026-12-02","currency":"EUR","placed":6,"paid":5,"net":179.55},
                             {"period":"2026-12-03","currency":"EUR","placed":3,"paid":2,"net":71.82}],
                  "totals":[],
                  "funnel":[{"stage":"PLACED","orders":9,"conversionFromPrevious":"1.0000","conversionFromPlaced":"1.0000"},
                            {"stage":"PAID","orders":7,"conversionFromPrevious":"0.7778","conversionFromPlaced":"0.7778"}]}}
                """);
        stub.json("GET", "/api/statistics/products", """
                {"report":"products","from":"2026-11-04","to":"2026-12-03","zone":"Europe/Berlin","sections":{
                  "topByUnits":[{"productId":"%s","name":"Steel Kettle","units":11}],"topByRevenue":[],"topCategories":[],
                  "categoryRevenue":[],"neverSold":[]}}
                """.formatted(PRODUCT));
        stub.stream("GET", "/api/statistics/live");
    }

    static String coupon(boolean active) {
        return """
                {"id":"%s","code":"SAVE10","description":"Ten percent off","kind":"PERCENTAGE","value":10,"currency":null,
                 "validFrom":"2026-12-01T00:00:00Z","validUntil":null,"minimumAmount":null,"maxRedemptions":100,
                 "maxPerCustomer":1,"categoryIds":[],"productIds":[],"firstOrderOnly":false,"active":%s,
                 "activeRedemptions":1,"createdAt":"2026-12-01T00:00:00Z","updatedAt":"2026-12-01T00:00:00Z","version":2}
                """.formatted(COUPON, active);
    }

    static String order(String status) {
        return """
                {"id":"%s","customerId":"%s","status":"%s","currency":"EUR","subtotal":39.90,"discount":3.99,"total":35.91,
                 "couponCode":"SAVE10","lines":[{"productId":"%s","productName":"Steel Kettle","categoryId":"%s","quantity":1,
                   "unitPrice":39.90,"lineTotal":39.90,"discount":3.99}],
                 "shippingAddress":{"name":"Ada Customer","line1":"1 Main St","line2":null,"postalCode":"10115","city":"Berlin","country":"DE"},
                 "history":[{"sequence":1,"from":null,"to":"PENDING","reason":null,"actor":"customer","at":"2026-12-02T11:00:00Z"},
                            {"sequence":2,"from":"PENDING","to":"AWAITING_PAYMENT","reason":null,"actor":"system","at":"2026-12-02T11:00:01Z"},
                            {"sequence":3,"from":"AWAITING_PAYMENT","to":"PAID","reason":null,"actor":"customer","at":"2026-12-02T11:05:00Z"}],
                 "payment":{"status":"PAID","cardLast4":"4242","providerReference":"sim_1","paidAt":"2026-12-02T11:05:00Z","refundedAt":null},
                 "shipment":null,"cancelReason":null,"cancelNote":null,"stockShortfalls":[],
                 "createdAt":"2026-12-02T11:00:00Z","updatedAt":"2026-12-02T11:05:00Z","expiresAt":null}
                """.formatted(ORDER, CUSTOMER, status, PRODUCT, KETTLES);
    }
}
