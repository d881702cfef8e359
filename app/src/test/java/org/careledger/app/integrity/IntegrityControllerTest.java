package org.careledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** On the axonserver profile no chain beans exist, and every endpoint says so with a 409 problem. */
class IntegrityControllerTest {
    private final StaticListableBeanFactory noChain = new StaticListableBeanFactory();
    private final IntegrityController controller = new IntegrityController(noChain.getBeanProvider(ChainVerifier.class),
            noChain.getBeanProvider(SigningKeys.class), noChain.getBeanProvider(CheckpointStore.class));

    @Test
    void withoutAChainEveryEndpointAnswersNotAvailable() {
        assertNotAvailable(() -> controller.verify());
        assertNotAvailable(() -> controller.publicKey());
        assertNotAvailable(() -> controller.checkpoints(20));
    }

    private static void assertNotAvailable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IntegrityCheckNotAvailable.class)
                .extracting(e -> ((ClinicalException) e).code()).isEqualTo(ClinicalErrorCode.INTEGRITY_CHECK_NOT_AVAILABLE);
    }
}
