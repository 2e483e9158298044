#ifndef PARALLAX_PREFETCH_H
#define PARALLAX_PREFETCH_H

/* A hint that memory at `address` will be read soon: it is brought into the cache while other work goes on.
   Swift has no prefetch of its own; this header-only module gives the compiler's builtin to Swift. */
static inline __attribute__((always_inline)) void px_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
