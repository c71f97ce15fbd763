package vn.motcua.document;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.testsupport.RealInfrastructure;
import vn.motcua.testsupport.ServiceBasicsContract;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DocumentServiceBasicsTest extends ServiceBasicsContract {
}
