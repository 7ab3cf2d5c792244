import { isServicePath } from './web-app-files';

describe("the service's own paths", () => {
  it.each(['/api/v1/staff', '/health', '/health/ready', '/metrics', '/admin/queues', '/admin/queues/api/queues'])(
    '%s belongs to the service',
    (path) => expect(isServicePath(path)).toBe(true),
  );

  it.each(['/', '/forloeb/x', '/admin/medarbejdere', '/admin', '/administration', '/apis', '/admin/queuesx'])(
    '%s is a page of the web application',
    (path) => expect(isServicePath(path)).toBe(false),
  );
});
