teSearchFile("terms/69-74-73",[["its",[1,2,42,4],[]]]);
