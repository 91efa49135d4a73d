package org.emporium.catalog.api;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import org.emporium.catalog.application.image.ImageProcessor;
import org.emporium.catalog.application.image.ImageUploads;
import org.emporium.catalog.application.image.RemoveProductImage;
import org.emporium.catalog.application.image.ReorderProductImages;
import org.emporium.catalog.application.product.CreateProduct;
import org.emporium.catalog.application.product.DeleteProduct;
import org.emporium.catalog.application.product.FindProducts;
import org.emporium.catalog.application.product.GetProduct;
import org.emporium.catalog.application.product.ProductAvailabilityView;
import org.emporium.catalog.application.product.ProductView;
import org.emporium.catalog.application.product.UpdateProduct;
import org.emporium.catalog.application.search.ProductSort;
import org.emporium.catalog.application.search.SearchProducts;
import org.emporium.catalog.application.search.SearchResultView;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.emporium.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Products: public browsing and search, admin changes guarded by {@code If-Match} (the ETag of a product is its
 * version), batch look-up for services, and image uploads. Each endpoint maps its request to one command or query
 * and answers with the application's views. A product is addressed as {@code /products/{idOrSlug}} on every method
 * (one path template, one variable name); reads take either, changes an id (anything else is 400).
 */
@RestController
@RequestMapping("/api/catalog/products")
class ProductController {
    private final Mediator mediator;
    private final CurrentUser currentUser;
    private final ImageUploads imageUploads;

    ProductController(Mediator mediator, CurrentUser currentUser, ImageUploads imageUploads) {
        this.mediator = mediator;
        this.currentUser = currentUser;
        this.imageUploads = imageUploads;
    }

    @GetMapping
    SearchResultView search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String brand,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(defaultValue = "false") boolean inStock,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "ACTIVE") String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SearchProducts.DEFAULT_PAGE_SIZE) int size) {
        var order = ProductSort.fromParameter(sort).orElseThrow(CatalogErrors::invalidSort);
        var wanted = Arrays.stream(ProductStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(CatalogErrors::invalidStatus);
        if (wanted != ProductStatus.ACTIVE && !currentUser.isAdmin()) {
            throw CatalogErrors.statusForAdmins();
        }
        return mediator.send(
                new SearchProducts(q, category, brand, minPrice, maxPrice, inStock, wanted, order, page, size));
    }

    @GetMapping("/{idOrSlug}")
    ResponseEntity<ProductView> get(@PathVariable String idOrSlug) {
        var product = mediator.send(new GetProduct(idOrSlug, currentUser.isAdmin()));
        return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
    }

    @PostMapping
    ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request) {
        var id = mediator.send(new CreateProduct(request.toInput()));
        var product = adminView(id);
        return ResponseEntity.created(URI.create("/api/catalog/products/" + id))
                .eTag(ETags.of(product.version()))
                .body(product);
    }

    @PutMapping("/{idOrSlug}")
    ResponseEntity<ProductView> replace(
            @PathVariable("idOrSlug") UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @RequestBody ProductRequest request) {
        var productId = mediator.send(new UpdateProduct(new ProductId(id), ETags.version(ifMatch), request.toInput()));
        var product = adminView(productId);
        return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
    }

    @PatchMapping("/{idOrSlug}")
    ResponseEntity<ProductView> patch(
            @PathVariable("idOrSlug") UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody PatchProductRequest patch) {
        var current = adminView(new ProductId(id));
        var input = patch.mergedOnto(current);
        var productId = mediator.send(new UpdateProduct(new ProductId(id), ETags.version(ifMatch), input));
        var product = adminView(productId);
        return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
    }

    @DeleteMapping("/{idOrSlug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable("idOrSlug") UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        mediator.send(new DeleteProduct(new ProductId(id), ETags.version(ifMatch)));
    }

    @PostMapping("/lookup")
    ProductAvailabilityView lookup(@Valid @RequestBody LookupRequest request) {
        return mediator.send(new FindProducts(request.ids()));
    }

    @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProductView.ImageView> uploadImage(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        // The part stays where the multipart parser put it until the processor has a slot and reads it.
        var imageId = imageUploads.upload(new ProductId(id), new ImageProcessor.Upload() {
            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        });
        var image = adminView(new ProductId(id)).images().stream()
                .filter(i -> i.id().equals(imageId.value()))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create(image.urls().get("original"))).body(image);
    }

    @PutMapping("/{id}/images/order")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reorderImages(@PathVariable UUID id, @Valid @RequestBody ImageOrderRequest request) {
        mediator.send(new ReorderProductImages(new ProductId(id), request.imageIds()));
    }

    @DeleteMapping("/{id}/images/{imageId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeImage(@PathVariable UUID id, @PathVariable UUID imageId) {
        mediator.send(new RemoveProductImage(new ProductId(id), new ImageId(imageId)));
    }

    private ProductView adminView(ProductId id) {
        return mediator.send(new GetProduct(id.toString(), true));
    }
}
